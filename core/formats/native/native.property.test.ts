import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryGraph } from '../../testing/arbitraryGraph';
import { nativeFormat } from './index';

describe('native format round trip', () => {
  it('import(export(g)) equals g for any graph', () => {
    fc.assert(
      fc.property(arbitraryGraph({ withSources: true, withPositions: true }), (graph) => {
        const [file] = nativeFormat.write(graph, {});
        const back = nativeFormat.read(file!.text, 'g.kg.json');
        expect(back.report).toEqual([]);
        expect(back.graph).toEqual(graph);
      }),
      { numRuns: 150 },
    );
  });
});
