import { validateGraphDocument } from '../io/nativeFormat';
import type { GraphFile } from '../model/schema';

/** A relation for test graphs: [source, target] is directed; add false for a mutual one. */
export type TestEdge = readonly [source: string, target: string, directed?: boolean];

/**
 * A valid graph from bare ids and pairs, for tests of the analyses on shapes the bundled graph
 * lacks (self-loops, parallel relations, isolated actors) and on NetworkX's classic graphs.
 */
export function graphFromEdges(nodes: readonly string[], edges: readonly TestEdge[]): GraphFile {
  const parsed = validateGraphDocument({
    format: 'kg-explorer-graph',
    version: 2,
    meta: { title: 'test graph' },
    nodes: nodes.map((id) => ({ id, label: id, type: 'other' })),
    edges: edges.map(([source, target, directed = true], i) => ({
      id: `e${i}`,
      source,
      target,
      directed,
      type: 'related_to',
      stance: 'neutral',
      confidence: 1,
    })),
  });
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  return parsed.value;
}
