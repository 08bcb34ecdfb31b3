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

/**
 * The check the one-match text paths (xml/wholeEdgePattern.ts) answer to: every edge of the random
 * documents that `whole` takes, `steps` (the step-by-step path, which takes any order) takes too and
 * reads to an equal result; and `whole` takes more than `floor` edges over all runs.
 */
export function assertWholeMatchAsSteps(documents: fc.Arbitrary<string>, whole: (text: string, lt: number) => unknown, steps: (text: string, lt: number) => unknown, numRuns: number, floor: number): void {
  let taken = 0;
  fc.assert(
    fc.property(documents, (text) => {
      for (const lt of edgeStarts(text)) {
        const matched = whole(text, lt);
        if (matched === null) continue;
        taken++;
        expect(steps(text, lt)).toEqual(matched);
      }
    }),
    { numRuns },
  );
  expect(taken).toBeGreaterThan(floor);
}
