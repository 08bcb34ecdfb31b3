import fc from 'fast-check';
import { expect } from 'vitest';

/** Where each edge element starts in an XML text. */
export function edgeStarts(text: string): number[] {
  const starts: number[] = [];
  for (let lt = text.indexOf('<edge '); lt >= 0; lt = text.indexOf('<edge ', lt + 1)) starts.push(lt);
  return starts;
}

/**
 * The check the GraphML and GEXF text paths answer to: each random document reads to the same graph
 * and report as the same document with a tab after every "<edge" (the same XML, but not the app's
 * markup, so the element path reads every edge), and the text path takes more than `floor` edges over
 * all runs (one that never reads takes none).
 */
export function assertTextPath(documents: fc.Arbitrary<string>, read: (text: string) => unknown, takes: (text: string, lt: number) => boolean, numRuns: number, floor: number): void {
  let taken = 0;
  fc.assert(
    fc.property(documents, (text) => {
      expect(JSON.stringify(read(text))).toBe(JSON.stringify(read(text.replaceAll('<edge ', '<edge\t'))));
      for (const lt of edgeStarts(text)) if (takes(text, lt)) taken++;
    }),
    { numRuns },
  );
  expect(taken).toBeGreaterThan(floor);
}
