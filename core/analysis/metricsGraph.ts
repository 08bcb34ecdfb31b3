import Graph from 'graphology';
import type { VisibleSet } from '../filter/filters';
import type { GraphIndex } from '../graph/graphIndex';

/** A graphology graph over the visible actors, keyed by position: key String(i) is actor ids[i]. */
export interface KeyedGraph {
  readonly graph: Graph;
  readonly ids: readonly string[];
}

/**
 * The visible relations as a simple graphology graph, built the way NetworkX builds a simple graph
 * from a multigraph: parallel relations between two actors collapse into one unweighted edge.
 *
 * - undirected (nx.Graph): every relation is a tie, whatever its direction.
 * - directed (nx.DiGraph): a directed relation is an arc source → target; a mutual one
 *   (`directed: false`) is both arcs, as nx.DiGraph(G) does for an undirected G.
 *
 * Self-loops are left out (as G.remove_edges_from(nx.selfloop_edges(G)) would): a relation of an
 * actor with itself ties it to no one, and graphology-metrics 2.4's neighbourhood index miscounts
 * undirected self-loops (it reserves two slots for one), which breaks PageRank and closeness.
 *
 * Nodes are keyed by their position, not their id: graphology-metrics returns plain objects keyed
 * by node, and an actor id such as "__proto__" would vanish into the prototype there. Positions
 * follow file order, so Louvain's walk under a fixed seed does not depend on how `visible` was built.
 */
export function metricsGraph(index: GraphIndex, visible: VisibleSet, directed: boolean): KeyedGraph {
  const graph = new Graph({ type: directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: false });
  const ids = index.graph.nodes.filter((n) => visible.nodes.has(n.id)).map((n) => n.id);
  const keyOf = new Map(ids.map((id, i) => [id, String(i)]));
  for (const key of keyOf.values()) graph.addNode(key);
  for (const edge of index.graph.edges) {
    const source = keyOf.get(edge.source);
    const target = keyOf.get(edge.target);
    if (!visible.edges.has(edge.id) || source === undefined || target === undefined || source === target) continue;
    graph.mergeEdge(source, target);
    if (directed && !edge.directed) graph.mergeEdge(target, source);
  }
  return { graph, ids };
}
