import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryGraph } from '../../testing/arbitraryGraph';
import type { GraphFile } from '../../model/schema';
import { graphmlFormat } from './index';

// The generator leaves meta.description null; the format holds one, so descriptions are drawn here.
const description = fc.option(fc.constantFrom('', ' ', 'Two\nlines & <tags>\t"quoted"\r\n', 'Ж 中 🇧🇾 \u00a0'), { nil: null });
const graphs = fc
  .tuple(arbitraryGraph({ xmlSafe: true, withPositions: true, withSources: true }), description)
  .map(([graph, d]): GraphFile => ({ ...graph, meta: { ...graph.meta, description: d } }));

describe('GraphML round trip', () => {
  it('import(export(g)) equals g, with an empty report, for any XML-safe graph', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const [file] = graphmlFormat.write(graph, {});
        const back = graphmlFormat.read(file!.text, 'g.graphml');
        expect(back.report).toEqual([]);
        expect(back.graph).toEqual(graph);
      }),
      { numRuns: 100 },
    );
  });
});
