import type { VisibleSet } from '../filter/filters';
import type { GraphIndex } from '../graph/graphIndex';
import type { GraphEdge } from '../model/schema';

/**
 * Who can step to whom over the visible relations, with every relation that carries each step.
 * Built per query from the VisibleSet, so paths always respect the active filters.
 */
export interface StepAdjacency {
  /** node → neighbour → ids of the edges that carry the step, best first (see byPreference). */
  readonly out: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  /** The same steps seen from their far end, for searching backwards from a target (edge lists unordered). */
  readonly in: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
}

export interface PathOptions {
  /**
   * Follow directed relations only from source to target (undirected ones both ways). Off by
   * default: "how is China tied to Ukraine" is about ties, and who acts on whom is in the evidence.
   */
  readonly directed?: boolean;
}

function add(map: Map<string, Map<string, string[]>>, from: string, to: string, edgeId: string): void {
  let row = map.get(from);
  if (!row) map.set(from, (row = new Map()));
  const list = row.get(to);
  if (list) list.push(edgeId);
  else row.set(to, [edgeId]);
}

/**
 * Parallel edges of a step from `from`, in order of preference: highest confidence first, then one
 * that runs the way the step walks (or is mutual) before one walked against its direction (China
 * to Lukashenko: "China hosts the visit" reads better than "Lukashenko visits China", backwards),
 * then file order, so the edge a path shows is the one the analyst can trust most and the choice
 * is stable between runs.
 */
function byPreference(index: GraphIndex, from: string): (a: string, b: string) => number {
  const edge = (id: string): GraphEdge => index.edgesById.get(id)!;
  const against = (id: string): number => (edge(id).directed && edge(id).source !== from ? 1 : 0);
  return (a, b) => edge(b).confidence - edge(a).confidence || against(a) - against(b) || order(index, a) - order(index, b);
}

const fileOrder = new WeakMap<GraphIndex, Map<string, number>>();

function order(index: GraphIndex, edgeId: string): number {
  let positions = fileOrder.get(index);
  if (!positions) fileOrder.set(index, (positions = new Map(index.graph.edges.map((e, i) => [e.id, i]))));
  return positions.get(edgeId)!;
}

export function stepAdjacency(index: GraphIndex, visible: VisibleSet, options: PathOptions = {}): StepAdjacency {
  const out = new Map<string, Map<string, string[]>>();
  const inward = new Map<string, Map<string, string[]>>();
  for (const edge of index.graph.edges) {
    if (!visible.edges.has(edge.id) || !visible.nodes.has(edge.source) || !visible.nodes.has(edge.target)) continue;
    // A self-loop never lies on a simple path; leaving it out keeps the searches simple.
    if (edge.source === edge.target) continue;
    add(out, edge.source, edge.target, edge.id);
    add(inward, edge.target, edge.source, edge.id);
    if (!options.directed || !edge.directed) {
      add(out, edge.target, edge.source, edge.id);
      add(inward, edge.source, edge.target, edge.id);
    }
  }
  for (const [node, row] of out) for (const list of row.values()) list.sort(byPreference(index, node));
  return { out, in: inward };
}

/** Breadth-first hop counts from `start` along `map` (out: distances from; in: distances to). */
export function hopCounts(map: StepAdjacency['out'], start: string): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of map.get(node)?.keys() ?? []) {
        if (dist.has(neighbour)) continue;
        dist.set(neighbour, d);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return dist;
}
