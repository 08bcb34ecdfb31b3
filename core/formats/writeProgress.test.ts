import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate';
import { countedProgress } from './formatModule';
import { FORMATS } from './registry';

describe('writers report progress', () => {
  it('countedProgress reports every 2,000 elements, and nothing without a listener', () => {
    const heard: number[] = [];
    const step = countedProgress((f) => heard.push(f), 5000);
    for (let i = 0; i < 5000; i++) step(i);
    expect(heard).toEqual([0, 0.4, 0.8]);
    expect(() => countedProgress(undefined, 10)(0)).not.toThrow();
  });

  it('GraphML and GEXF: rising fractions over nodes then edges, the same text as without', () => {
    const graph = generateGraph({ edges: 5000, seed: 9 });
    const total = graph.nodes.length + graph.edges.length;
    for (const id of ['graphml', 'gexf'] as const) {
      const heard: number[] = [];
      const files = FORMATS[id].write(graph, {}, (f) => heard.push(f));
      expect(files).toEqual(FORMATS[id].write(graph, {}));
      const expected = Array.from({ length: Math.ceil(total / 2000) }, (_, k) => (k * 2000) / total);
      expect(heard).toEqual(expected);
    }
  });

  it('CSV, Cytoscape.js JSON and JGF report when their rows or objects are built, the same text as without', () => {
    const graph = generateGraph({ edges: 300, seed: 9 });
    const expected = { csv: [0.5, 0.6], cyjs: [0.5], jgf: [0.5], native: [] };
    for (const id of ['csv', 'cyjs', 'jgf', 'native'] as const) {
      const heard: number[] = [];
      expect(FORMATS[id].write(graph, {}, (f) => heard.push(f))).toEqual(FORMATS[id].write(graph, {}));
      expect(heard).toEqual(expected[id]);
    }
  });
});
