import type { GraphEdge, GraphFile, GraphNode } from '../model/schema';
import { runSteps, STEP_SIZE, type Steps } from '../util/steps';

/** Lookups built once per opened graph; every query in core reads from here, not from arrays. */
export interface GraphIndex {
  readonly graph: GraphFile;
  readonly nodesById: ReadonlyMap<string, GraphNode>;
  readonly edgesById: ReadonlyMap<string, GraphEdge>;
  /** Edge ids touching each node, in either direction. */
  readonly incident: ReadonlyMap<string, readonly string[]>;
  /**
   * Every node and edge id: what the default filters leave visible, kept so that opening a big
   * graph does not build these sets again in one go on the page's thread (about 50 ms at 100k).
   */
  readonly all: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };
}

export function buildGraphIndex(graph: GraphFile): GraphIndex {
  return runSteps(buildGraphIndexSteps(graph));
}

/** `buildGraphIndex` in slices of STEP_SIZE elements (see core/util/steps). */
export function* buildGraphIndexSteps(graph: GraphFile, size = STEP_SIZE): Steps<GraphIndex> {
  const total = graph.nodes.length + 2 * graph.edges.length;
  let done = 0;
  const nodesById = new Map<string, GraphNode>();
  const incident = new Map<string, string[]>();
  const allNodes = new Set<string>();
  const allEdges = new Set<string>();
  for (const node of graph.nodes) {
    nodesById.set(node.id, node);
    incident.set(node.id, []);
    allNodes.add(node.id);
    if (++done % size === 0) yield done / total;
  }
  const edgesById = new Map<string, GraphEdge>();
  for (const edge of graph.edges) {
    edgesById.set(edge.id, edge);
    allEdges.add(edge.id);
    if (++done % size === 0) yield done / total;
  }
  for (const edge of graph.edges) {
    incident.get(edge.source)?.push(edge.id);
    if (edge.target !== edge.source) incident.get(edge.target)?.push(edge.id);
    if (++done % size === 0) yield done / total;
  }
  return { graph, nodesById, edgesById, incident, all: { nodes: allNodes, edges: allEdges } };
}

/** The node at the other end of an edge. */
export function otherEnd(edge: GraphEdge, nodeId: string): string {
  return edge.source === nodeId ? edge.target : edge.source;
}
