import { EDGE_FIELDS, flattenEdge, flattenGraphMeta, flattenNode, NODE_FIELDS, userAttributeKey } from '../flatAttributes';
import type { ExportFile, Progress } from '../formatModule';
import type { Attributes, GraphEdge, GraphFile, GraphNode } from '../../model/schema';
import { cyjsAttributeKey } from './cyjsKeys';
import { dict, put } from './jsonDocument';

/**
 * Cytoscape.js JSON as Cytoscape Desktop writes it (File → Export → Network to File → .cyjs) and
 * cytoscape.js reads it (`cy.json()`, `elements`). Element data are the flat fields of
 * flatAttributes.ts, with Desktop's names added: `name` is a node's label, `interaction` an edge's
 * type. Desktop's data columns hold strings, numbers, booleans and lists of those, so:
 * - aliases are a real list of strings;
 * - evidence stays a JSON string: a list of objects has no column type in Desktop and would be lost
 *   on a round trip through it, while a string column survives;
 * - time is the scalar time_* keys;
 * - the graph's sources (kg_sources) are a real JSON list in the network data, since only this app
 *   reads them; the reader also takes them as a JSON string.
 * Attributes whose value is null are written as null: JSON holds them.
 */
export function writeCyjs(graph: GraphFile, progress?: Progress): ExportFile[] {
  const elements = { nodes: graph.nodes.map(nodeElement), edges: graph.edges.map(edgeElement) };
  // Building the elements is about half of the work; one JSON.stringify is the rest.
  progress?.(0.5);
  const doc = {
    format_version: '1.0',
    generated_by: 'kg-explorer',
    // What Cytoscape Desktop writes; its importer and cytoscape.js 3 read this layout alike.
    target_cytoscapejs_version: '~2.1',
    // Before `data` (Desktop writes it after): format detection looks for "elements" in the first
    // kilobytes, and `data` carries the source texts, which can be long.
    elements,
    data: graphData(graph),
  };
  return [{ suffix: '.cyjs', text: `${JSON.stringify(doc, null, 2)}\n`, mime: 'application/json' }];
}

function graphData(graph: GraphFile): Record<string, unknown> {
  const data = dict();
  put(data, 'name', graph.meta.title);
  for (const [key, value] of flattenGraphMeta(graph)) put(data, key, value);
  if (graph.sources.length > 0) put(data, 'kg_sources', graph.sources);
  return data;
}

const NODE_KEYS = new Set(NODE_FIELDS.map((f) => f.key));
const EDGE_KEYS = new Set(EDGE_FIELDS.map((f) => f.key));

function nodeElement(node: GraphNode): Record<string, unknown> {
  const data = dict();
  put(data, 'id', node.id);
  put(data, 'name', node.label);
  for (const [key, value] of flattenNode(node)) {
    if (key === 'x' || key === 'y') continue; // the element's position
    if (key === 'aliases') put(data, key, node.aliases);
    else put(data, NODE_KEYS.has(key) ? key : cyjsAttributeKey(key), value);
  }
  putNulls(data, node.attributes);
  return node.position ? { data, position: { x: node.position.x, y: node.position.y } } : { data };
}

function edgeElement(edge: GraphEdge): Record<string, unknown> {
  const data = dict();
  put(data, 'id', edge.id);
  put(data, 'source', edge.source);
  put(data, 'target', edge.target);
  for (const [key, value] of flattenEdge(edge)) {
    if (key === 'type') put(data, 'interaction', value);
    else put(data, EDGE_KEYS.has(key) ? key : cyjsAttributeKey(key), value);
  }
  putNulls(data, edge.attributes);
  return { data };
}

/** flattenNode/flattenEdge leave null attributes out (GraphML has no null); JSON keeps them. */
function putNulls(data: Record<string, unknown>, attributes: Attributes): void {
  for (const key of Object.keys(attributes)) {
    if (attributes[key] === null) put(data, cyjsAttributeKey(userAttributeKey(key)), null);
  }
}
