/**
 * Undo/redo as plain data with pure transitions, so it lives in the store like any other slice and
 * is trivial to test. Coalescing: pushes that carry the same `key` one after another (a slider
 * being dragged, a name being typed) replace the present instead of adding entries, so one undo
 * goes back to before the whole gesture.
 */
export interface History<T> {
  /** Older states, oldest first; at most `limit` of them. */
  readonly past: readonly T[];
  readonly present: T;
  /** States undone, the next redo first. */
  readonly future: readonly T[];
  readonly limit: number;
  /** The key of the last push, while it may still be coalesced into; null after undo/redo or an unkeyed push. */
  readonly lastKey: string | null;
}

export function createHistory<T>(initial: T, limit = 100): History<T> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`history limit must be a positive integer, not ${limit}`);
  return { past: [], present: initial, future: [], limit, lastKey: null };
}

/**
 * Makes `next` the present. Clears the redo list (a new branch). Pushing the present itself is a
 * no-op, so re-selecting the same thing does not fill the history.
 */
export function push<T>(h: History<T>, next: T, key: string | null = null): History<T> {
  if (Object.is(next, h.present)) return h;
  if (key !== null && key === h.lastKey) return { ...h, present: next, future: [] };
  const past = [...h.past, h.present];
  return { ...h, past: past.length > h.limit ? past.slice(past.length - h.limit) : past, present: next, future: [], lastKey: key };
}

export const canUndo = <T>(h: History<T>): boolean => h.past.length > 0;
export const canRedo = <T>(h: History<T>): boolean => h.future.length > 0;

export function undo<T>(h: History<T>): History<T> {
  if (!canUndo(h)) return h;
  return { ...h, past: h.past.slice(0, -1), present: h.past[h.past.length - 1]!, future: [h.present, ...h.future], lastKey: null };
}

export function redo<T>(h: History<T>): History<T> {
  if (!canRedo(h)) return h;
  return { ...h, past: [...h.past, h.present], present: h.future[0]!, future: h.future.slice(1), lastKey: null };
}
