import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryGraph } from '../../testing/arbitraryGraph';
import { cyjsFormat } from './index';

describe('Cytoscape.js JSON round trip', () => {
  it('import(export(g)) equals g for any graph, with an empty report', () => {
    fc.assert(
      fc.property(arbitraryGraph({ withSources: true, withPositions: true }), (graph) => {
        const [file] = cyjsFormat.write(graph, {});
        expect(file!.suffix).toBe('.cyjs');
        const back = cyjsFormat.read(file!.text, 'g.cyjs');
        expect(back.report).toEqual([]);
        expect(back.graph).toEqual(graph);
        expect(cyjsFormat.losses(graph)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
