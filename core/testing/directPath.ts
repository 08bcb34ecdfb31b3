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
