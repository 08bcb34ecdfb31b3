import fc from 'fast-check';
import { expect } from 'vitest';
import type { Notes } from '../formats/flatAttributes';
import type { FindingLog } from '../formats/xml/findings';

/** What one input gave on both paths, and what the general path found and noted on the way. */
export interface BothPaths {
  readonly built: unknown;
  readonly general: unknown;
  readonly notes: Notes;
  readonly log?: FindingLog;
}

/**
 * The check every reader's direct path answers to (cyjs, JGF, GraphML, GEXF), on 4,000 random inputs:
 * where it builds an element, it is the general path's (the same JSON text: same values, same key
 * order), and the general path found and noted nothing on the way. More than 200 inputs (5%) must take
 * the direct path, so the property was exercised: the fewest of the six tests takes it about 420 times
 * (±20), so a floor of 400 failed now and then; a direct path that never builds takes it 0 times.
 */
export function assertDirectPath<T>(inputs: fc.Arbitrary<T>, bothPaths: (input: T) => BothPaths): void {
  let direct = 0;
  fc.assert(
    fc.property(inputs, (input) => {
      const { built, general, notes, log } = bothPaths(input);
      if (built === null) return;
      direct++;
      expect(notes.size).toBe(0);
      if (log) expect(log.take()).toBeNull();
      expect(JSON.stringify(built)).toBe(JSON.stringify(general));
    }),
    { numRuns: 4000 },
  );
  expect(direct).toBeGreaterThan(200);
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
