import type { ElementDefinition } from 'cytoscape';
import type { GraphFile } from '../../core/model/schema';
import { relationTypeLabel } from '../../core/model/vocabulary';
import { spiralPositions } from '../../core/layout/scatter';

/**
 * The cytoscape elements of a graph: only what the stylesheet and layouts read. Actors without a
 * saved place start on a spiral, so even a big graph paints at once, before any layout has run.
 */
export function toElements(graph: GraphFile): ElementDefinition[] {
  const spiral = spiralPositions(graph.nodes.length);
  const nodes: ElementDefinition[] = graph.nodes.map((node, i) => ({
    group: 'nodes',
    data: { id: node.id, label: node.label, type: node.type },
    position: node.position ? { x: node.position.x, y: node.position.y } : { x: spiral[2 * i]!, y: spiral[2 * i + 1]! },
  }));
  const edges: ElementDefinition[] = graph.edges.map((edge) => ({
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      typeLabel: relationTypeLabel(edge.type),
      stance: edge.stance,
      directed: edge.directed,
      confidence: edge.confidence,
    },
  }));
  return [...nodes, ...edges];
}

/** Did the file carry a position for every node? Then the view opens as saved. */
export function hasSavedPositions(graph: GraphFile): boolean {
  return graph.nodes.length > 0 && graph.nodes.every((n) => n.position !== null);
}
