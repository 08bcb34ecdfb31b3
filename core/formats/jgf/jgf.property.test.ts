import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryGraph } from '../../testing/arbitraryGraph';
import { jgfFormat } from './index';

describe('JSON Graph Format round trip', () => {
  it('import(export(g)) equals g for any graph, with an empty report', () => {
    fc.assert(
      fc.property(arbitraryGraph({ withSources: true, withPositions: true }), (graph) => {
        const [file] = jgfFormat.write(graph, {});
        expect(file!.suffix).toBe('.jgf.json');
        const back = jgfFormat.read(file!.text, 'g.jgf.json');
        expect(back.report).toEqual([]);
        expect(back.graph).toEqual(graph);
        expect(jgfFormat.losses(graph)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
