import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryGraph } from '../../testing/arbitraryGraph';
import { guessCsvMapping, inspectCsv, readCsvTables } from './index';
import { csvFormat } from './index';

/** Both files back in, each with the mapping guessed from its headers, as the UI proposes it. */
function readBack(files: readonly { suffix: string; text: string }[]) {
  const [nodes, edges] = files;
  const mapping = (text: string) => {
    const inspected = inspectCsv(text);
    return guessCsvMapping(inspected.headers, undefined, inspected.rows);
  };
  return readCsvTables({ nodes: { text: nodes!.text, mapping: mapping(nodes!.text) }, edges: { text: edges!.text, mapping: mapping(edges!.text) } });
}

describe('CSV round trip', () => {
  // CSV keeps no title, description or sources (losses() says so): nodes and edges must come back exactly.
  it('import(export(g)) has the same nodes and edges for any graph', () => {
    fc.assert(
      fc.property(arbitraryGraph({ withSources: false, withPositions: true }), (graph) => {
        const files = csvFormat.write(graph, {});
        expect(files.map((f) => f.suffix)).toEqual(['.nodes.csv', '.edges.csv']);
        const back = readBack(files);
        expect(back.report.filter((r) => r.level !== 'info')).toEqual([]);
        expect(back.graph?.nodes).toEqual(graph.nodes);
        expect(back.graph?.edges).toEqual(graph.edges);
      }),
      { numRuns: 100 },
    );
  });

  it('guesses each written file as the right kind', () => {
    fc.assert(
      fc.property(arbitraryGraph({ withPositions: true }), (graph) => {
        const [nodes, edges] = csvFormat.write(graph, {});
        expect(guessCsvMapping(inspectCsv(nodes!.text).headers).kind).toBe('nodes');
        expect(guessCsvMapping(inspectCsv(edges!.text).headers).kind).toBe('edges');
      }),
      { numRuns: 50 },
    );
  });
});
