import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { VisibleSet } from '../filter/filters';
import type { GraphIndex } from '../graph/graphIndex';
import { metricsGraph } from './metricsGraph';
import { seededRandom } from './seededRandom';

/**
 * Centralities of one actor in the visible graph. Every value matches NetworkX 3.x on the graph
 * metricsGraph builds (nx.Graph, or nx.DiGraph when `directed`; parallel relations collapsed,
 * self-loops removed), unweighted:
 */
export interface NodeMetrics {
  /** nx.DiGraph in_degree / out_degree: distinct actors with a relation to / from this one (mutual relations count both ways). */
  readonly degreeIn: number;
  readonly degreeOut: number;
  /** G.degree: distinct neighbours in nx.Graph; in + out in nx.DiGraph. */
  readonly degree: number;
  /** nx.betweenness_centrality(G) (normalized=True, endpoints=False). */
  readonly betweenness: number;
  /** nx.closeness_centrality(G) (wf_improved=True; inward distances in a DiGraph). */
  readonly closeness: number;
  /** nx.pagerank(G, alpha=0.85, weight=None) (tol 1e-6, dangling mass spread evenly). */
  readonly pagerank: number;
  /** Louvain community: 0 is the largest, ties by first member in file order. */
  readonly community: number;
}

export interface GraphMetrics {
  /** Per visible actor. A Map so the result crosses a worker boundary by structured clone. */
  readonly nodes: Map<string, NodeMetrics>;
  /** The NetworkX graph type the values match. */
  readonly graphType: 'Graph' | 'DiGraph';
  /** Modularity of the Louvain partition (nx.community.modularity); null for a graph without edges. */
  readonly modularity: number | null;
  readonly communityCount: number;
}

/** The costly steps of computeMetrics, in the order they run (reported through `onPhase`). */
export const METRICS_PHASES = ['betweenness', 'closeness', 'pagerank', 'communities'] as const;
export type MetricsPhase = (typeof METRICS_PHASES)[number];

export interface MetricsOptions {
  /** Called as each costly step starts: betweenness and closeness take minutes at 10k actors / 100k relations. */
  readonly onPhase?: (phase: MetricsPhase) => void;
  /** Directed centralities (nx.DiGraph) instead of ties (nx.Graph, the default, as paths and focus ignore direction). */
  readonly directed?: boolean;
  /** Louvain's random walk seed: fixed by default so the same graph always gives the same communities. */
  readonly seed?: number;
}

export const DEFAULT_LOUVAIN_SEED = 20230225;

/**
 * Louvain numbers communities in discovery order; renumber by size so "community 0" means the
 * biggest. Keys are node positions (see metricsGraph), so the result is an array by position.
 */
function renumber(order: number, raw: Readonly<Record<string, number>>): number[] {
  const members = new Map<number, number[]>();
  for (let i = 0; i < order; i++) {
    const list = members.get(raw[String(i)]!);
    if (list) list.push(i);
    else members.set(raw[String(i)]!, [i]);
  }
  const ordered = [...members.values()].sort((a, b) => b.length - a.length); // stable: first member's order breaks ties
  const byPosition = new Array<number>(order);
  ordered.forEach((list, c) => list.forEach((i) => (byPosition[i] = c)));
  return byPosition;
}

function communities(graph: Graph, seed: number): { byPosition: number[]; modularity: number | null } {
  // Without edges every actor is its own community, and modularity is undefined (NetworkX divides by zero).
  if (graph.size === 0) return { byPosition: graph.nodes().map((_, i) => i), modularity: null };
  const detailed = louvain.detailed(graph, { getEdgeWeight: null, rng: seededRandom(seed) });
  return { byPosition: renumber(graph.order, detailed.communities), modularity: detailed.modularity };
}

export function computeMetrics(index: GraphIndex, visible: VisibleSet, options: MetricsOptions = {}): GraphMetrics {
  const directed = options.directed ?? false;
  const { graph, ids } = metricsGraph(index, visible, directed);
  // In and out degrees always come from the DiGraph view; reuse it when that is the graph analysed.
  const arcs = directed ? graph : metricsGraph(index, visible, true).graph;
  const empty = graph.order === 0;
  // getEdgeWeight: null everywhere: the relations are unweighted (the defaults read a "weight" attribute).
  const phase = options.onPhase ?? (() => undefined);
  phase('betweenness');
  const betweenness = empty ? {} : betweennessCentrality(graph, { getEdgeWeight: null });
  phase('closeness');
  const closeness = empty ? {} : closenessCentrality(graph, { wassermanFaust: true });
  phase('pagerank');
  const rank = empty ? {} : pagerank(graph, { getEdgeWeight: null, alpha: 0.85 });
  phase('communities');
  const { byPosition, modularity } = communities(graph, options.seed ?? DEFAULT_LOUVAIN_SEED);
  const nodes = new Map<string, NodeMetrics>();
  ids.forEach((id, i) => {
    const key = String(i);
    nodes.set(id, {
      degreeIn: arcs.inDegree(key),
      degreeOut: arcs.outDegree(key),
      degree: graph.degree(key),
      betweenness: betweenness[key]!,
      closeness: closeness[key]!,
      pagerank: rank[key]!,
      community: byPosition[i]!,
    });
  });
  return { nodes, graphType: directed ? 'DiGraph' : 'Graph', modularity, communityCount: new Set(byPosition).size };
}
