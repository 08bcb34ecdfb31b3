import type { VisibleSet } from '../../core/filter/filters';
import type { GraphEdge, GraphFile, GraphNode, Position } from '../../core/model/schema';

/** The ids of the actors and relations a big graph's canvas holds now. */
export interface DrawnPart {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/** The visible actors and the visible relations between them, in the graph's order. */
export function partToDraw(graph: GraphFile, visible: VisibleSet): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = graph.nodes.filter((n) => visible.nodes.has(n.id));
  // cytoscape refuses a relation whose end is not in the core: both ends must be drawn.
  const edges = graph.edges.filter((e) => visible.edges.has(e.id) && visible.nodes.has(e.source) && visible.nodes.has(e.target));
  return { nodes, edges };
}

/**
 * Where each actor of a part stands: where it last stood if it was ever placed; otherwise beside a
 * placed neighbour, so a part that grows by a few actors keeps its picture. `unplaced` counts the
 * actors that had no place of their own (the view lays the part out when they are most of it).
 */
export function placeNewcomers(part: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }, known: ReadonlyMap<string, Position>): { positions: Map<string, Position>; unplaced: number } {
  const positions = new Map<string, Position>();
  const newcomers: string[] = [];
  for (const node of part.nodes) {
    const p = known.get(node.id);
    if (p) positions.set(node.id, p);
    else newcomers.push(node.id);
  }
  if (newcomers.length === 0) return { positions, unplaced: 0 };
  const waiting = new Set(newcomers);
  for (const edge of part.edges) {
    for (const [id, other] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      if (!waiting.has(id)) continue;
      const anchor = known.get(other);
      if (!anchor) continue;
      positions.set(id, besides(anchor, id));
      waiting.delete(id);
    }
  }
  return { positions, unplaced: newcomers.length };
}

/** A spot 60–100 units from `anchor`, in a direction fixed by the id (the same part draws the same). */
function besides(anchor: Position, id: string): Position {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  const angle = ((hash >>> 0) % 360) * (Math.PI / 180);
  const distance = 60 + ((hash >>> 9) % 40);
  return { x: anchor.x + Math.cos(angle) * distance, y: anchor.y + Math.sin(angle) * distance };
}

/** The visible actors and relations that are not drawn. */
export function missingFrom(drawn: DrawnPart, visible: VisibleSet): DrawnPart {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const id of visible.nodes) if (!drawn.nodes.has(id)) nodes.add(id);
  for (const id of visible.edges) if (!drawn.edges.has(id)) edges.add(id);
  return { nodes, edges };
}

/** Is every visible element in the drawn part? */
export function covers(drawn: DrawnPart, visible: VisibleSet): boolean {
  if (visible.nodes.size > drawn.nodes.size || visible.edges.size > drawn.edges.size) return false;
  for (const id of visible.nodes) if (!drawn.nodes.has(id)) return false;
  for (const id of visible.edges) if (!drawn.edges.has(id)) return false;
  return true;
}
