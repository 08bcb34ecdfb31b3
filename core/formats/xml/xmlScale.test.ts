import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../../bench/generate';
import { FORMATS } from '../registry';

/**
 * Issue 5's scale in the XML formats: a 100,000-relation graph written by the app reads back whole
 * through the fast XML reader and the direct paths (speed is the bench's, never asserted here).
 */
describe('GraphML and GEXF at 100,000 relations', () => {
  const graph = generateGraph({ edges: 100_000, seed: 5 });

  it('GraphML: every actor and relation back, sources too, with an empty report', { timeout: 120_000 }, () => {
    const text = FORMATS.graphml.write(graph, {})[0]!.text;
    const back = FORMATS.graphml.read(text, 'big.graphml');
    expect(back.report).toEqual([]);
    expect(back.graph?.nodes).toHaveLength(graph.nodes.length);
    expect(back.graph?.edges).toHaveLength(100_000);
    expect(back.graph).toEqual(graph);
  });

  it('GEXF: every actor and relation back (GEXF has no place for the sources, and the report says so)', { timeout: 120_000 }, () => {
    const text = FORMATS.gexf.write(graph, {})[0]!.text;
    const back = FORMATS.gexf.read(text, 'big.gexf');
    expect(back.report.map((item) => item.message)).toEqual(['Evidence cites sources the file does not include; quotes kept without their text (1): src1']);
    expect(back.graph?.edges).toHaveLength(100_000);
    expect(back.graph?.nodes).toEqual(graph.nodes);
    expect(back.graph?.edges).toEqual(graph.edges);
  });
});
