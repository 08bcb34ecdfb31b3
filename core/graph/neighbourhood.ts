import type { VisibleSet } from '../filter/filters';
import { otherEnd, type GraphIndex } from './graphIndex';

/**
 * Nodes within `depth` hops of the seeds, walking visible edges in either direction, and the
 * visible edges among them. Direction is ignored: an analyst focusing on an actor wants both
 * who acts on it and whom it acts on.
 */
export function neighbourhood(
  index: GraphIndex,
  visible: VisibleSet,
  seeds: readonly string[],
  depth: number,
): VisibleSet {
  const nodes = new Set(seeds.filter((id) => visible.nodes.has(id)));
  let frontier = [...nodes];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edgeId of index.incident.get(id) ?? []) {
        const edge = index.edgesById.get(edgeId);
        if (!edge || !visible.edges.has(edgeId)) continue;
        const other = otherEnd(edge, id);
        if (!nodes.has(other)) {
          nodes.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  const edges = new Set<string>();
  for (const edgeId of visible.edges) {
    const edge = index.edgesById.get(edgeId);
    if (edge && nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edgeId);
  }
  return { nodes, edges };
}

/** Focus seeds for a selected edge are its two ends. */
export function seedsOf(index: GraphIndex, selection: { kind: 'node' | 'edge'; id: string }): string[] {
  if (selection.kind === 'node') return [selection.id];
  const edge = index.edgesById.get(selection.id);
  return edge ? [edge.source, edge.target] : [];
}
