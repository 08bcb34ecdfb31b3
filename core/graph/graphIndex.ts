import type { GraphEdge, GraphFile, GraphNode } from '../model/schema';

/** Lookups built once per opened graph; every query in core reads from here, not from arrays. */
export interface GraphIndex {
  readonly graph: GraphFile;
  readonly nodesById: ReadonlyMap<string, GraphNode>;
  readonly edgesById: ReadonlyMap<string, GraphEdge>;
  /** Edge ids touching each node, in either direction. */
  readonly incident: ReadonlyMap<string, readonly string[]>;
}

export function buildGraphIndex(graph: GraphFile): GraphIndex {
  const nodesById = new Map(graph.nodes.map((n) => [n.id, n]));
  const edgesById = new Map(graph.edges.map((e) => [e.id, e]));
  const incident = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]));
  for (const edge of graph.edges) {
    incident.get(edge.source)?.push(edge.id);
    if (edge.target !== edge.source) incident.get(edge.target)?.push(edge.id);
  }
  return { graph, nodesById, edgesById, incident };
}

/** The node at the other end of an edge. */
export function otherEnd(edge: GraphEdge, nodeId: string): string {
  return edge.source === nodeId ? edge.target : edge.source;
}
