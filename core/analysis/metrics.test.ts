import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../graph/graphIndex';
import { computeMetrics, METRICS_PHASES } from './metrics';
import { graphFromEdges } from './testGraphs';

const all = (ids: string[], edges: number) => ({ nodes: new Set(ids), edges: new Set(Array.from({ length: edges }, (_, i) => `e${i}`)) });

// Values that need no reference implementation (NetworkX comparisons: metrics.networkx.test.ts).
describe('computeMetrics', () => {
  it('a star: the centre lies on every path, leaves are one hop from it', () => {
    const ids = ['hub', 'a', 'b', 'c'];
    const index = buildGraphIndex(graphFromEdges(ids, [['hub', 'a'], ['hub', 'b'], ['c', 'hub'], ['hub', 'a']]));
    const m = computeMetrics(index, all(ids, 4));
    expect(m.graphType).toBe('Graph');
    expect(m.nodes.get('hub')).toMatchObject({ degreeIn: 1, degreeOut: 2, degree: 3, betweenness: 1, closeness: 1 });
    // Leaves: distances 1, 2, 2 → 3 / 5.
    expect(m.nodes.get('a')).toMatchObject({ degreeIn: 1, degreeOut: 0, degree: 1, betweenness: 0, closeness: 0.6 });
    expect([...m.nodes.values()].reduce((sum, x) => sum + x.pagerank, 0)).toBeCloseTo(1, 12);
  });

  it('reports each costly step as it starts, in the order they run', () => {
    const ids = ['hub', 'a', 'b'];
    const index = buildGraphIndex(graphFromEdges(ids, [['hub', 'a'], ['hub', 'b']]));
    const phases: string[] = [];
    computeMetrics(index, all(ids, 2), { onPhase: (phase) => phases.push(phase) });
    expect(phases).toEqual([...METRICS_PHASES]);
    expect(phases).toEqual(['betweenness', 'closeness', 'pagerank', 'communities']);
  });

  it('communities are numbered by size, largest 0, and are the same on every run', () => {
    // Two triangles joined by one bridge, plus a pair.
    const ids = ['p', 'q', 'a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'b4'];
    const index = buildGraphIndex(
      graphFromEdges(ids, [['p', 'q'], ['a1', 'a2'], ['a2', 'a3'], ['a3', 'a1'], ['b1', 'b2'], ['b2', 'b3'], ['b3', 'b4'], ['b4', 'b1'], ['b1', 'b3'], ['a1', 'b1']]),
    );
    const m = computeMetrics(index, all(ids, 10));
    const community = (id: string) => m.nodes.get(id)!.community;
    expect(['b1', 'b2', 'b3', 'b4'].map(community)).toEqual([0, 0, 0, 0]);
    expect(['a1', 'a2', 'a3'].map(community)).toEqual([1, 1, 1]);
    expect(['p', 'q'].map(community)).toEqual([2, 2]);
    expect(m.communityCount).toBe(3);
    expect(computeMetrics(index, all(ids, 10))).toEqual(m);
  });

  it('only the visible subgraph, with directions when asked', () => {
    const ids = ['a', 'b', 'c'];
    const index = buildGraphIndex(graphFromEdges(ids, [['a', 'b'], ['b', 'c'], ['c', 'a', false]]));
    const partial = computeMetrics(index, { nodes: new Set(['a', 'b']), edges: new Set(['e0', 'e1', 'e2']) }, { directed: true });
    expect([...partial.nodes.keys()]).toEqual(['a', 'b']);
    expect(partial.graphType).toBe('DiGraph');
    // Closeness uses inward distances in a DiGraph: a is reached by no one.
    expect(partial.nodes.get('a')).toMatchObject({ degreeIn: 0, degreeOut: 1, degree: 1, closeness: 0 });
    expect(partial.nodes.get('b')).toMatchObject({ degreeIn: 1, degreeOut: 0, closeness: 1 });
  });

  it('handles "__proto__" ids, an empty view, and crosses a worker boundary by structured clone', () => {
    const ids = ['__proto__', 'constructor'];
    const index = buildGraphIndex(graphFromEdges(ids, [['__proto__', 'constructor']]));
    const m = computeMetrics(index, all(ids, 1));
    expect(m.nodes.get('__proto__')).toMatchObject({ degree: 1, closeness: 1, pagerank: 0.5, community: 0 });
    expect(structuredClone(m)).toEqual(m);
    expect(computeMetrics(index, { nodes: new Set(), edges: new Set() })).toEqual({ nodes: new Map(), graphType: 'Graph', modularity: null, communityCount: 0 });
  });
});
