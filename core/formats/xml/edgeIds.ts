import type { Findings } from './findings';

export const REPEATED_EDGE_IDS = 'Relations with repeated ids (NetworkX writes the keys of a multigraph as ids) given new unique ids';

/**
 * Ids that rise, by length and then by character, are all different (that order is strict), so the
 * hash of every id is not needed. Tools that number their edges write them so: this app's generator
 * (e0, e1, … e10), Gephi and NetworkX's GEXF writer ("0", "1", …).
 */
function rising(written: readonly (string | null)[]): written is readonly string[] {
  let previous = '';
  for (const id of written) {
    if (id === null || id.length < previous.length || (id.length === previous.length && id <= previous)) return false;
    previous = id;
  }
  return true;
}

/**
 * One id per edge: its own where it has a unique one, "e<position>" where it has none (both formats
 * make edge ids optional), and "<id>~2", "<id>~3", … where an id repeats, so no relation is lost.
 */
export function assignEdgeIds(written: readonly (string | null)[], findings: Findings): readonly string[] {
  if (rising(written)) return written;
  const taken = new Set(written.filter((id): id is string => id !== null && id !== ''));
  // Every edge has an id of its own, none repeated (as in every file this app writes): kept as they are.
  if (taken.size === written.length) return written as string[];
  const seen = new Set<string>();
  const fresh = (base: string, first: number) => {
    let n = first;
    while (taken.has(`${base}${n}`)) n++;
    const id = `${base}${n}`;
    taken.add(id);
    return id;
  };
  return written.map((id, i) => {
    if (id === null || id === '') return taken.has(`e${i}`) ? fresh(`e${i}~`, 2) : (taken.add(`e${i}`), `e${i}`);
    if (!seen.has(id)) {
      seen.add(id);
      return id;
    }
    findings.add('info', REPEATED_EDGE_IDS, id);
    return fresh(`${id}~`, 2);
  });
}
