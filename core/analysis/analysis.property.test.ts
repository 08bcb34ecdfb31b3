import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VisibleSet } from '../filter/filters';
import { buildGraphIndex } from '../graph/graphIndex';
import type { GraphFile } from '../model/schema';
import { arbitraryGraph } from '../testing/arbitraryGraph';
import { aggregateDyads } from './dyads';
import { computeMetrics } from './metrics';
import { shortestPath, simplePaths } from './paths';

/** A random graph with a random subset of it visible, and two of its actors. */
const scenario = arbitraryGraph().chain((graph) =>
  fc.record({
    graph: fc.constant(graph),
    hiddenEdges: fc.subarray(graph.edges.map((e) => e.id)),
    hiddenNodes: fc.subarray(graph.nodes.map((n) => n.id), { maxLength: 1 }),
    from: fc.constantFrom(...graph.nodes.map((n) => n.id)),
    to: fc.constantFrom(...graph.nodes.map((n) => n.id)),
    directed: fc.boolean(),
  }),
);

function visibleOf(s: { graph: GraphFile; hiddenEdges: readonly string[]; hiddenNodes: readonly string[] }): VisibleSet {
  const nodes = new Set(s.graph.nodes.map((n) => n.id).filter((id) => !s.hiddenNodes.includes(id)));
  const edges = new Set(s.graph.edges.filter((e) => !s.hiddenEdges.includes(e.id) && nodes.has(e.source) && nodes.has(e.target)).map((e) => e.id));
  return { nodes, edges };
}

describe('analyses on random graphs (multi-edges, self-loops, odd ids)', () => {
  it('the shortest path is the first simple path of its length, and none is shorter', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const index = buildGraphIndex(s.graph);
        const visible = visibleOf(s);
        const best = shortestPath(index, visible, s.from, s.to, { directed: s.directed });
        const all = simplePaths(index, visible, s.from, s.to, s.graph.nodes.length, { directed: s.directed });
        expect(all.capped).toBe(false);
        if (best === null) {
          expect(all.paths).toEqual([]);
          return;
        }
        expect(all.paths[0]).toEqual(best);
        for (const path of all.paths) {
          expect(path.edgeIds.length).toBeGreaterThanOrEqual(best.edgeIds.length);
          expect(path.edgeIds.every((id) => visible.edges.has(id))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('metrics cover the visible actors and are the same twice (fixed Louvain seed)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const index = buildGraphIndex(s.graph);
        const visible = visibleOf(s);
        const first = computeMetrics(index, visible, { directed: s.directed });
        expect([...first.nodes.keys()].sort()).toEqual([...visible.nodes].sort());
        expect(computeMetrics(index, visible, { directed: s.directed })).toEqual(first);
        for (const m of first.nodes.values()) for (const v of Object.values(m)) expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('dyads partition the visible relations', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const index = buildGraphIndex(s.graph);
        const visible = visibleOf(s);
        const ids = aggregateDyads(index, visible).flatMap((d) => d.edgeIds);
        expect(ids.sort()).toEqual([...visible.edges].sort());
      }),
      { numRuns: 200 },
    );
  });
});
