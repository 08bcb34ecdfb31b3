import type { GraphEdge, GraphFile, GraphNode } from '../../model/schema';
import { relationTypeInfo } from '../../model/vocabulary';
import { countedProgress, type Progress } from '../formatModule';
import { EDGE_FIELDS, flattenEdge, flattenNode, NODE_FIELDS, type FlatRecord } from '../flatAttributes';
import { ACTOR_COLORS, rgb, STANCE_COLORS } from '../xml/actorColors';
import { declareAttributes, type AttributeDeclarations } from '../xml/attributeDeclarations';
import { writeFlatValue } from '../xml/typedValues';
import { XmlWriter } from '../xml/xmlWriter';
import { GEXF_NAMESPACE, GEXF_SCHEMA_LOCATION, GEXF_VIZ_NAMESPACE, XSI_NAMESPACE } from './namespaces';
import { spellOf, type Spell } from './spells';

/** Node fields GEXF holds in its own markup: the label attribute and viz:position. */
const NODE_MARKUP_FIELDS = new Set(['label', 'x', 'y']);

function nodeRecord(node: GraphNode): FlatRecord {
  const record = flattenNode(node);
  for (const key of NODE_MARKUP_FIELDS) record.delete(key);
  return record;
}

function writeDeclarations(w: XmlWriter, kind: 'node' | 'edge', declarations: AttributeDeclarations): void {
  if (declarations.list.length === 0) return;
  w.open('attributes', [['class', kind], ['mode', 'static']]);
  for (const d of declarations.list) w.leaf('attribute', [['id', d.id], ['title', d.name], ['type', d.type]]);
  w.close('attributes');
}

function writeValues(w: XmlWriter, record: FlatRecord, declarations: AttributeDeclarations, spell: Spell | null): void {
  if (record.size > 0) {
    w.open('attvalues');
    for (const [name, value] of record) w.leaf('attvalue', [['for', declarations.idOf(name, value)], ['value', writeFlatValue(value)]]);
    w.close('attvalues');
  }
  if (spell) w.open('spells').leaf('spell', [['start', spell.start], ['end', spell.end]]).close('spells');
}

function color(w: XmlWriter, hex: string): void {
  const [r, g, b] = rgb(hex);
  w.leaf('viz:color', [['r', r], ['g', g], ['b', b]]);
}

/**
 * Edge weight drives thickness and weighted layouts in Gephi: the confidence, or a numeric "weight"
 * attribute of the relation's own (NetworkX reads the weight attribute over a "weight" attvalue, so
 * it must be that value); none when the relation's "weight" is not a number.
 */
function weightOf(edge: GraphEdge): number | null {
  const own = edge.attributes['weight'];
  if (own === undefined || own === null) return edge.confidence;
  return typeof own === 'number' ? own : null;
}

function degrees(graph: GraphFile): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of graph.edges) for (const end of [e.source, e.target]) out.set(end, (out.get(end) ?? 0) + 1);
  return out;
}

/**
 * GEXF 1.3 for Gephi: typed attribute declarations, node labels, colours by actor type, positions,
 * sizes by degree, relation labels, kinds (Gephi keeps parallel edges of different kinds apart)
 * and weights, and relation and event times as day spells for the timeline. The time fields stay
 * attributes too, so reading back is exact.
 *
 * Directedness: defaultedgetype is "undirected" only when every relation is. In a directed graph a
 * mutual relation has type="mutual" (GEXF's reciprocal tie), not "undirected", which NetworkX
 * refuses in a directed graph; the "directed" attribute keeps it exact for this app.
 *
 * Positions: Gephi's y axis points up, the app's (cytoscape's) down; y is negated on the way out and
 * in, so a layout looks the same in both.
 */
export function writeGexf(graph: GraphFile, progress?: Progress): string {
  const nodeRecords = graph.nodes.map(nodeRecord);
  const edgeRecords = graph.edges.map(flattenEdge);
  const nodeAttributes = declareAttributes(nodeRecords, NODE_FIELDS, 'n');
  const edgeAttributes = declareAttributes(edgeRecords, EDGE_FIELDS, 'e');
  const nodeSpells = graph.nodes.map((n) => (n.type === 'event' && n.time ? spellOf(n.time) : null));
  const edgeSpells = graph.edges.map((e) => (e.time ? spellOf(e.time) : null));
  const dynamic = [...nodeSpells, ...edgeSpells].some((s) => s !== null);
  const allUndirected = graph.edges.length > 0 && graph.edges.every((e) => !e.directed);
  const degree = degrees(graph);

  const w = new XmlWriter();
  w.open('gexf', [
    ['xmlns', GEXF_NAMESPACE],
    ['xmlns:viz', GEXF_VIZ_NAMESPACE],
    ['xmlns:xsi', XSI_NAMESPACE],
    ['xsi:schemaLocation', GEXF_SCHEMA_LOCATION],
    ['version', '1.3'],
  ]);
  w.open('meta').leaf('creator', [], 'KG Explorer').leaf('title', [], graph.meta.title);
  if (graph.meta.description !== null) w.leaf('description', [], graph.meta.description);
  w.close('meta');
  w.open('graph', [
    ['defaultedgetype', allUndirected ? 'undirected' : 'directed'],
    ['mode', dynamic ? 'dynamic' : 'static'],
    ['timeformat', dynamic ? 'date' : null],
  ]);
  writeDeclarations(w, 'node', nodeAttributes);
  writeDeclarations(w, 'edge', edgeAttributes);

  const step = countedProgress(progress, graph.nodes.length + graph.edges.length);
  w.open('nodes');
  graph.nodes.forEach((node, i) => {
    w.open('node', [['id', node.id], ['label', node.label]]);
    writeValues(w, nodeRecords[i]!, nodeAttributes, nodeSpells[i]!);
    color(w, ACTOR_COLORS[node.type]);
    if (node.position) w.leaf('viz:position', [['x', node.position.x], ['y', -node.position.y + 0], ['z', 0]]);
    w.leaf('viz:size', [['value', Math.round((10 + 4 * Math.sqrt(degree.get(node.id) ?? 0)) * 100) / 100]]);
    w.close('node');
    step(i);
  });
  w.close('nodes');

  w.open('edges');
  graph.edges.forEach((edge, i) => {
    w.open('edge', [
      ['id', edge.id],
      ['source', edge.source],
      ['target', edge.target],
      ['type', !edge.directed && !allUndirected ? 'mutual' : null],
      ['kind', edge.type],
      ['label', relationTypeInfo(edge.type)?.label ?? edge.type],
      ['weight', weightOf(edge)],
    ]);
    writeValues(w, edgeRecords[i]!, edgeAttributes, edgeSpells[i]!);
    color(w, STANCE_COLORS[edge.stance]);
    w.close('edge');
    step(graph.nodes.length + i);
  });
  w.close('edges').close('graph').close('gexf');
  return w.toString();
}
