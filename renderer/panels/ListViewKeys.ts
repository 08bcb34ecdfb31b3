/** Pure keyboard logic of a list (WAI-ARIA APG listbox): where a key moves the active item. */

const PAGE = 10;

/** The index `key` moves to from `current` in a list of `count`, or null if the key does not move. */
export function indexForKey(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, last);
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(current + PAGE, last);
    case 'PageUp':
      return Math.max(current - PAGE, 0);
    default:
      return null;
  }
}

/** A printable letter that starts or extends type-ahead (digits stay shortcuts: focus depth). */
export function isTypeAheadKey(key: string): boolean {
  return key.length === 1 && /\p{L}/u.test(key);
}

/**
 * Type-ahead: the next item whose key starts with `prefix`, searching after `current` and wrapping.
 * A repeated single letter ("c", "c") cycles through the items starting with it; a longer prefix
 * ("ch") first tries the current item, so typing on refines rather than skips.
 */
export function typeAheadIndex(keys: readonly string[], prefix: string, current: number): number | null {
  if (prefix === '' || keys.length === 0) return null;
  const repeated = [...prefix].every((c) => c === prefix[0]);
  const needle = repeated ? prefix[0]! : prefix;
  const start = repeated ? current + 1 : current;
  for (let step = 0; step < keys.length; step += 1) {
    const i = (((start + step) % keys.length) + keys.length) % keys.length;
    if (keys[i]!.startsWith(needle)) return i;
  }
  return null;
}
