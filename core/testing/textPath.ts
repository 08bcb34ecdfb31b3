import fc from 'fast-check';
import { expect } from 'vitest';

/** Where each edge element starts in an XML text. */
export function edgeStarts(text: string): number[] {
  const starts: number[] = [];
  for (let lt = text.indexOf('<edge '); lt >= 0; lt = text.indexOf('<edge ', lt + 1)) starts.push(lt);
  return starts;
}

/** Every edge of a file the app wrote (`count` of them) is read from the text, up to the end of its </edge>. */
export function expectEveryEdgeFromText(text: string, count: number, read: (lt: number) => { readonly end: number } | null): void {
  const starts = edgeStarts(text);
  expect(starts).toHaveLength(count);
  for (const lt of starts) expect(read(lt)?.end).toBe(text.indexOf('</edge>', lt) + '</edge>'.length);
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
