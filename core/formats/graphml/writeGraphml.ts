import type { GraphFile } from '../../model/schema';
import { countedProgress, type Progress } from '../formatModule';
import { EDGE_FIELDS, flattenEdge, flattenGraphMeta, flattenNode, GRAPH_FIELDS, NODE_FIELDS, type FlatRecord } from '../flatAttributes';
import { declareAttributes, type AttributeDeclarations } from '../xml/attributeDeclarations';
import { writeFlatValue } from '../xml/typedValues';
import { XmlWriter } from '../xml/xmlWriter';
import { GRAPHML_NAMESPACE, GRAPHML_SCHEMA_LOCATION, XSI_NAMESPACE, YFILES_NAMESPACE, YFILES_NODE_KEY } from './namespaces';
import { writeNodeGraphics } from './yfiles';

function writeData(w: XmlWriter, record: FlatRecord, keys: AttributeDeclarations): void {
  for (const [name, value] of record) w.leaf('data', [['key', keys.idOf(name, value)]], writeFlatValue(value));
}

function writeKeys(w: XmlWriter, domain: 'graph' | 'node' | 'edge', keys: AttributeDeclarations): void {
  for (const key of keys.list) {
    w.leaf('key', [
      ['id', key.id],
      ['for', domain],
      ['attr.name', key.name],
      ['attr.type', key.type],
    ]);
  }
}

/**
 * GraphML with a typed key for every attribute used (the flat mapping of flatAttributes), yFiles
 * node graphics for yEd, and the title, description and source texts as graph data.
 *
 * Directedness: edgedefault is "undirected" only when every relation is; mutual relations in a
 * directed graph carry directed=false as data, not as the edge's own directed attribute, because
 * NetworkX refuses a file whose edges' directed attribute differs from edgedefault (losses() says so).
 */
export function writeGraphml(graph: GraphFile, progress?: Progress): string {
  const meta = flattenGraphMeta(graph);
  const nodeRecords = graph.nodes.map(flattenNode);
  const edgeRecords = graph.edges.map(flattenEdge);
  const graphKeys = declareAttributes([meta], GRAPH_FIELDS, 'g');
  const nodeKeys = declareAttributes(nodeRecords, NODE_FIELDS, 'n');
  const edgeKeys = declareAttributes(edgeRecords, EDGE_FIELDS, 'e');
  const allUndirected = graph.edges.length > 0 && graph.edges.every((e) => !e.directed);

  const step = countedProgress(progress, graph.nodes.length + graph.edges.length);
  const w = new XmlWriter();
  w.open('graphml', [
    ['xmlns', GRAPHML_NAMESPACE],
    ['xmlns:xsi', XSI_NAMESPACE],
    ['xmlns:y', YFILES_NAMESPACE],
    ['xsi:schemaLocation', GRAPHML_SCHEMA_LOCATION],
  ]);
  writeKeys(w, 'graph', graphKeys);
  writeKeys(w, 'node', nodeKeys);
  writeKeys(w, 'edge', edgeKeys);
  if (graph.nodes.length > 0) w.leaf('key', [['id', YFILES_NODE_KEY], ['for', 'node'], ['yfiles.type', 'nodegraphics']]);
  w.open('graph', [['id', 'G'], ['edgedefault', allUndirected ? 'undirected' : 'directed']]);
  writeData(w, meta, graphKeys);
  graph.nodes.forEach((node, i) => {
    w.open('node', [['id', node.id]]);
    writeNodeGraphics(w, node);
    writeData(w, nodeRecords[i]!, nodeKeys);
    w.close('node');
    step(i);
  });
  graph.edges.forEach((edge, i) => {
    w.open('edge', [['id', edge.id], ['source', edge.source], ['target', edge.target]]);
    writeData(w, edgeRecords[i]!, edgeKeys);
    w.close('edge');
    step(graph.nodes.length + i);
  });
  w.close('graph').close('graphml');
  return w.toString();
}
