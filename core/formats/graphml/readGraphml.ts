import { finalizeImport, type ImportResult } from '../finalizeImport';
import { progressBetween, type ReadProgress } from '../formatModule';
import { GRAPH_FIELDS, unflattenEdge, unflattenGraphMeta, unflattenNode, type FlatValue, type Notes } from '../flatAttributes';
import { reportError, reportWarning } from '../report';
import { assignEdgeIds } from '../xml/edgeIds';
import { Findings } from '../xml/findings';
import { parseXml } from '../xml/parseXml';
import { attributeOf, childrenNamed, localName, ownText, type XmlElement } from '../xml/xmlTree';
import { collectElements } from './collectElements';
import { defaultsApplyTo, keyValue, readKeys, type GraphmlKey } from './graphmlKeys';
import { readNodeGraphics, type NodeGraphics } from './yfiles';

export const UNDECLARED_KEY = 'Data for keys the file does not declare, kept as text attributes named by the key';
export const MIXED_DIRECTEDNESS = 'Relations whose own "directed" differs from the graph\'s edgedefault (the graph mixes directed and undirected relations)';
export const NODE_WITHOUT_ID = 'Nodes without an id, left out';
export const EDGE_WITHOUT_END = 'Relations without a source or target, left out';
export const GRAPH_DATA_LEFT_OUT = 'Graph attributes this app has no place for, left out';

type Values = Map<string, FlatValue | null>;

interface ElementData {
  readonly values: Values;
  readonly graphics: NodeGraphics | null;
}

/** An element's values by attribute name: key defaults first, then its <data>. */
function readData(element: XmlElement, domain: 'graph' | 'node' | 'edge', keys: Map<string, GraphmlKey>, findings: Findings): ElementData {
  const values: Values = new Map();
  let graphics: NodeGraphics | null = null;
  for (const key of keys.values()) {
    if (defaultsApplyTo(key, domain) && key.fallback !== undefined && key.yfiles === null) values.set(key.name, key.fallback);
  }
  for (const data of childrenNamed(element, 'data')) {
    const id = attributeOf(data, 'key') ?? '';
    const key = keys.get(id);
    if (!key) {
      findings.add('warning', UNDECLARED_KEY, id);
      values.set(id, ownText(data));
    } else if (key.yfiles !== null) {
      if (key.yfiles === 'nodegraphics' && domain === 'node') graphics = readNodeGraphics(data);
    } else {
      values.set(key.name, keyValue(key, ownText(data), findings));
    }
  }
  return { values, graphics };
}

function directedOf(value: string | null): boolean | null {
  return value === 'true' ? true : value === 'false' ? false : null;
}

/** The title when the file has no kg_title: NetworkX keeps a graph's name as "name". */
function fallbackTitle(values: Values, fileName: string): { title: string; from: string | null } {
  for (const key of ['name', 'title', 'label']) {
    const v = values.get(key);
    if (typeof v === 'string' && v.trim() !== '') return { title: v, from: values.has('kg_title') ? null : key };
  }
  return { title: fileName.replace(/\.(graphml|xml)$/i, '') || 'Untitled graph', from: null };
}

export function readGraphml(text: string, fileName: string, progress?: ReadProgress): ImportResult {
  // Parsing takes about two thirds of a read; building and checking the elements the rest.
  const parsed = parseXml(text, progressBetween(progress, 0, 0.65));
  if (!parsed.ok) return { graph: null, report: [parsed.error] };
  const root = parsed.value;
  if (localName(root.name) !== 'graphml') {
    return { graph: null, report: [reportError(`This is not GraphML: the root element is <${root.name}>, not <graphml>.`)] };
  }
  const findings = new Findings();
  const keys = readKeys(root, findings);
  const graphs = childrenNamed(root, 'graph');
  const graph = graphs[0];
  if (!graph) return { graph: null, report: [reportError('The GraphML file has no <graph> element.')] };
  if (graphs.length > 1) findings.addItem(reportWarning(`The file holds ${graphs.length} graphs; only the first is read.`));

  // GraphML requires edgedefault; a file without one is read as directed, the model's default.
  const edgeDefault = attributeOf(graph, 'edgedefault') !== 'undirected';
  const { nodes, edges } = collectElements(graph, findings);
  const notes: Notes = new Map();

  const candidateNodes = nodes.flatMap((element, i) => {
    const id = attributeOf(element, 'id');
    if (id === null) {
      findings.add('warning', NODE_WITHOUT_ID, `node ${i + 1}`);
      return [];
    }
    const { values, graphics } = readData(element, 'node', keys, findings);
    // yEd keeps labels and places only in its graphics; our own label, x and y data win.
    if (graphics?.label && !values.has('label')) values.set('label', graphics.label);
    if (graphics?.position && !values.has('x') && !values.has('y')) {
      values.set('x', graphics.position.x);
      values.set('y', graphics.position.y);
    }
    return [unflattenNode(id, values, notes)];
  });

  progress?.(0.75);
  const ids = assignEdgeIds(edges.map((e) => attributeOf(e, 'id')), findings);
  const candidateEdges = edges.flatMap((element, i) => {
    const source = attributeOf(element, 'source');
    const target = attributeOf(element, 'target');
    if (source === null || target === null) {
      findings.add('warning', EDGE_WITHOUT_END, ids[i]!);
      return [];
    }
    const { values } = readData(element, 'edge', keys, findings);
    const own = directedOf(attributeOf(element, 'directed'));
    // Worth a note where the markup decides; a "directed" data value (this app's files) says it outright.
    if (own !== null && own !== edgeDefault && !values.has('directed')) findings.add('info', MIXED_DIRECTEDNESS, ids[i]!);
    return [unflattenEdge(ids[i]!, source, target, values, own ?? edgeDefault, notes)];
  });

  progress?.(0.9);
  const graphValues = readData(graph, 'graph', keys, findings).values;
  const title = fallbackTitle(graphValues, fileName);
  const { meta, sources } = unflattenGraphMeta(graphValues, title.title);
  const known = new Set([...GRAPH_FIELDS.map((f) => f.key), title.from]);
  for (const name of graphValues.keys()) if (!known.has(name)) findings.add('warning', GRAPH_DATA_LEFT_OUT, name);

  return finalizeImport({ meta, sources, nodes: candidateNodes, edges: candidateEdges }, findings.report(), notes);
}
