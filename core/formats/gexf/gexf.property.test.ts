import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryGraph } from '../../testing/arbitraryGraph';
import type { GraphFile } from '../../model/schema';
import { gexfFormat } from './index';

// The generator leaves meta.description null; the format holds one, so descriptions are drawn here.
const description = fc.option(fc.constantFrom('', ' ', 'Two\nlines & <tags>\t"quoted"\r\n', 'Ж 中 🇧🇾 \u00a0'), { nil: null });
const graphs = fc
  .tuple(arbitraryGraph({ xmlSafe: true, withPositions: true, withSources: false }), description)
  .map(([graph, d]): GraphFile => ({ ...graph, meta: { ...graph.meta, description: d } }));

describe('GEXF round trip', () => {
  it('import(export(g)) equals g, with an empty report, for any XML-safe graph without sources', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const [file] = gexfFormat.write(graph, {});
        const back = gexfFormat.read(file!.text, 'g.gexf');
        expect(back.report).toEqual([]);
        expect(back.graph).toEqual(graph);
      }),
      { numRuns: 100 },
    );
  });
});
