import { describe, expect, it } from 'vitest';
import { indexForKey, isTypeAheadKey, typeAheadIndex } from './ListViewKeys';

describe('list keyboard', () => {
  it('moves with arrows, Home/End and pages, clamped at the ends', () => {
    expect(indexForKey('ArrowDown', 0, 3)).toBe(1);
    expect(indexForKey('ArrowDown', 2, 3)).toBe(2);
    expect(indexForKey('ArrowUp', 0, 3)).toBe(0);
    expect(indexForKey('Home', 2, 3)).toBe(0);
    expect(indexForKey('End', 0, 3)).toBe(2);
    expect(indexForKey('PageDown', 0, 30)).toBe(10);
    expect(indexForKey('PageUp', 5, 30)).toBe(0);
    expect(indexForKey('Enter', 0, 3)).toBeNull();
    expect(indexForKey('ArrowDown', 0, 0)).toBeNull();
  });

  it('type-ahead takes letters, not digits (those are focus shortcuts)', () => {
    expect(isTypeAheadKey('c')).toBe(true);
    expect(isTypeAheadKey('Ü')).toBe(true);
    expect(isTypeAheadKey('1')).toBe(false);
    expect(isTypeAheadKey('/')).toBe(false);
    expect(isTypeAheadKey('ArrowDown')).toBe(false);
  });

  it('type-ahead cycles on a repeated letter and refines on a longer prefix', () => {
    const keys = ['belarus', 'china', 'chinese foreign ministry', 'qin gang', 'russia'];
    expect(typeAheadIndex(keys, 'c', 0)).toBe(1);
    expect(typeAheadIndex(keys, 'c', 1)).toBe(2);
    expect(typeAheadIndex(keys, 'cc', 2)).toBe(1);
    expect(typeAheadIndex(keys, 'chine', 1)).toBe(2);
    expect(typeAheadIndex(keys, 'chin', 1)).toBe(1);
    expect(typeAheadIndex(keys, 'z', 0)).toBeNull();
    expect(typeAheadIndex([], 'a', 0)).toBeNull();
  });
});
