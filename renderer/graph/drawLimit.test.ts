import { describe, expect, it } from 'vitest';
import { DEFAULT_DRAW_LIMIT, drawLimitOf, parseDrawLimitChoice } from './drawLimit';

describe('the drawing limit preference', () => {
  it('reads what was stored, and the default for anything else', () => {
    expect(parseDrawLimitChoice('50000')).toBe('50000');
    expect(parseDrawLimitChoice('any')).toBe('any');
    expect(parseDrawLimitChoice(null)).toBe(DEFAULT_DRAW_LIMIT);
    expect(parseDrawLimitChoice('123')).toBe('10000');
  });

  it('counts actors at half the relations; any size has no limit', () => {
    expect(drawLimitOf('10000')).toEqual({ actors: 5000, relations: 10000 });
    expect(drawLimitOf('2000')).toEqual({ actors: 1000, relations: 2000 });
    expect(drawLimitOf('any')).toEqual({ actors: Number.POSITIVE_INFINITY, relations: Number.POSITIVE_INFINITY });
  });
});
