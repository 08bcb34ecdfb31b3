import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createHistory, push, redo, undo } from './history';

describe('history', () => {
  it('undoes and redoes in order, and a new push drops the redo branch', () => {
    let h = createHistory('a', 10);
    expect([canUndo(h), canRedo(h)]).toEqual([false, false]);
    h = push(push(h, 'b'), 'c');
    expect(h).toMatchObject({ past: ['a', 'b'], present: 'c', future: [] });
    h = undo(h);
    expect(h).toMatchObject({ past: ['a'], present: 'b', future: ['c'] });
    h = undo(h);
    expect([h.present, canUndo(h), canRedo(h)]).toEqual(['a', false, true]);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h).toMatchObject({ past: ['a'], present: 'b', future: ['c'] });
    h = push(h, 'x');
    expect(h).toMatchObject({ past: ['a', 'b'], present: 'x', future: [] });
    expect(redo(h)).toBe(h);
  });

  it('keeps at most `limit` past states, dropping the oldest', () => {
    let h = createHistory(0, 3);
    for (let i = 1; i <= 5; i++) h = push(h, i);
    expect(h).toMatchObject({ past: [2, 3, 4], present: 5 });
    h = undo(undo(undo(h)));
    expect([h.present, canUndo(h)]).toEqual([2, false]);
    expect(() => createHistory(0, 0)).toThrow('history limit must be a positive integer, not 0');
  });

  it('coalesces consecutive pushes with the same key into one entry', () => {
    let h = createHistory({ confidence: 0 });
    for (const c of [0.1, 0.2, 0.3]) h = push(h, { confidence: c }, 'slider:confidence');
    expect(h.past).toEqual([{ confidence: 0 }]);
    expect(h.present).toEqual({ confidence: 0.3 });
    expect(undo(h).present).toEqual({ confidence: 0 });
    // Another key, no key, or an undo in between each start a new entry.
    h = push(h, { confidence: 0.4 }, 'slider:time');
    h = push(h, { confidence: 0.5 });
    h = push(h, { confidence: 0.6 });
    expect(h.past).toHaveLength(4);
    h = push(undo(h), { confidence: 0.7 }, 'slider:confidence');
    h = push(h, { confidence: 0.8 }, 'slider:confidence');
    expect(h.past.map((s) => s.confidence)).toEqual([0, 0.3, 0.4, 0.5]);
    expect(h.present.confidence).toBe(0.8);
  });

  it('ignores a push of the present itself, and never mutates', () => {
    const state = { n: 1 };
    const h = createHistory(state);
    expect(push(h, state)).toBe(h);
    const frozen = Object.freeze(push(h, { n: 2 }));
    expect(() => undo(redo(undo(frozen)))).not.toThrow();
    expect(frozen.present).toEqual({ n: 2 });
  });
});
