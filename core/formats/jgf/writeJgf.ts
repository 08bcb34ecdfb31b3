import type { ExportFile, Progress } from '../formatModule';
import type { Attributes, GraphEdge, GraphFile, GraphNode, TimeSpan } from '../../model/schema';
import { relationTypeLabel } from '../../model/vocabulary';
import { dict, put } from '../cyjs/jsonDocument';

/**
 * JSON Graph Format v2 (jsongraphformat.info/v2.0/json-graph-schema.json). Nodes are an object keyed
 * by id, built without a prototype so an id such as "__proto__" is an ordinary key and serialises.
 * Node and edge objects may carry only label/metadata (and id, source, target, relation, directed
 * for edges), so everything else of the model is in `metadata`, under the model's own names and as
 * real JSON (time and position objects, alias and evidence lists, the attributes object):
 * JGF's metadata is free-form, so nothing needs flattening. Absent values (null) are left out.
 */
export function writeJgf(graph: GraphFile, progress?: Progress): ExportFile[] {
  const metadata = dict();
  if (graph.meta.description !== null) put(metadata, 'description', graph.meta.description);
  if (graph.sources.length > 0) put(metadata, 'sources', graph.sources);
  const nodes = dict();
  for (const node of graph.nodes) put(nodes, node.id, { label: node.label, metadata: nodeMetadata(node) });
  // JavaScript lists integer-like keys ("1", "104") first, whatever the order in the file, so a map
  // keyed by id can lose the node order. Only then is the order written out (see readJgf.ts).
  const order = graph.nodes.map((n) => n.id);
  if (Object.keys(nodes).some((id, i) => id !== order[i])) put(metadata, 'node_order', order);
  const edges = graph.edges.map(edgeObject);
  // Building the objects is about half of the work; one JSON.stringify is the rest.
  progress?.(0.5);
  const doc = {
    graph: {
      id: slug(graph.meta.title),
      type: JGF_GRAPH_TYPE,
      label: graph.meta.title,
      directed: true,
      metadata,
      nodes,
      edges,
    },
  };
  return [{ suffix: '.jgf.json', text: `${JSON.stringify(doc, null, 2)}\n`, mime: 'application/vnd.jgf+json' }];
}

/** `graph.type` of files this app writes. */
export const JGF_GRAPH_TYPE = 'kg-explorer';

function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'graph';
}

function nodeMetadata(node: GraphNode): Record<string, unknown> {
  const m = dict();
  put(m, 'type', node.type);
  if (node.aliases.length > 0) put(m, 'aliases', node.aliases);
  if (node.qid !== null) put(m, 'qid', node.qid);
  if (node.description !== null) put(m, 'description', node.description);
  if (node.time) put(m, 'time', time(node.time));
  if (node.position) put(m, 'position', { x: node.position.x, y: node.position.y });
  putAttributes(m, node.attributes);
  return m;
}

function edgeObject(edge: GraphEdge): Record<string, unknown> {
  const m = dict();
  if (edge.cameo !== null) put(m, 'cameo', edge.cameo);
  if (edge.goldstein !== null) put(m, 'goldstein', edge.goldstein);
  put(m, 'stance', edge.stance);
  if (edge.time) put(m, 'time', time(edge.time));
  put(m, 'confidence', edge.confidence);
  if (edge.evidence.length > 0) put(m, 'evidence', edge.evidence);
  if (edge.note !== null) put(m, 'note', edge.note);
  putAttributes(m, edge.attributes);
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    relation: edge.type,
    directed: edge.directed,
    // For JGF viewers that show an edge's label; the reader ignores it when it is the type's label.
    label: relationTypeLabel(edge.type),
    metadata: m,
  };
}

function time(span: TimeSpan): Record<string, string> {
  const out: Record<string, string> = { start: span.start };
  if (span.end !== undefined) out['end'] = span.end;
  out['precision'] = span.precision;
  if (span.text !== undefined) out['text'] = span.text;
  return out;
}

function putAttributes(m: Record<string, unknown>, attributes: Attributes): void {
  const keys = Object.keys(attributes);
  if (keys.length === 0) return;
  const out = dict();
  for (const key of keys) put(out, key, attributes[key]);
  put(m, 'attributes', out);
}
