import fc from 'fast-check';
import { expect } from 'vitest';
import type { Notes } from '../formats/flatAttributes';
import type { FindingLog } from '../formats/xml/findings';

/**
 * The check every reader's direct path answers to (cyjs, JGF, GraphML, GEXF): where it builds an
 * element, it is the general path's (the same JSON text: same values, same key order), and the general
 * path found and noted nothing on the way. Returns whether the direct path built it, for the count
 * that shows the property was exercised.
 */
export function expectDirectOrNull(built: unknown, general: unknown, notes: Notes, log?: FindingLog): boolean {
  if (built === null) return false;
  expect(notes.size).toBe(0);
  if (log) expect(log.take()).toBeNull();
  expect(JSON.stringify(built)).toBe(JSON.stringify(general));
  return true;
}

/** Random changes to an element's data: mostly keys of its own, then others, each with a value from `value`. */
export function keyChanges(own: readonly string[], others: readonly string[], value: fc.Arbitrary<unknown>): fc.Arbitrary<(readonly [string, unknown])[]> {
  return fc.array(fc.tuple(fc.oneof({ arbitrary: fc.constantFrom(...own), weight: 3 }, { arbitrary: fc.constantFrom(...others), weight: 1 }), value), { maxLength: 4 });
}

/** The base data with the changes made in order (a key changed twice keeps the last value). */
export function withChanges(base: Record<string, unknown>, list: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const data: Record<string, unknown> = { ...base };
  for (const [key, value] of list) data[key] = value;
  return data;
}
