import { finalizeImport, type ImportResult } from '../finalizeImport';
import { progressBetween, type Progress } from '../formatModule';
import { GRAPH_FIELDS, unflattenEdge, unflattenGraphMeta, type Notes } from '../flatAttributes';
import { reportError, reportWarning } from '../report';
import { assignEdgeIds } from '../xml/edgeIds';
import { Findings } from '../xml/findings';
import { parseXml } from '../xml/parseXml';
import { attributeOf, childElements, childrenNamed, localName, type XmlElement } from '../xml/xmlTree';
import { GraphmlElements, readData, type Values } from './graphmlElements';

export { NODE_WITHOUT_ID, UNDECLARED_KEY } from './graphmlElements';
export const MIXED_DIRECTEDNESS = 'Relations whose own "directed" differs from the graph\'s edgedefault (the graph mixes directed and undirected relations)';
export const EDGE_WITHOUT_END = 'Relations without a source or target, left out';
export const GRAPH_DATA_LEFT_OUT = 'Graph attributes this app has no place for, left out';

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

const STREAMED = new Set(['node', 'edge', 'hyperedge']);

/**
 * The document's root with the nodes and edges of its first graph read as the parser meets them
 * (graphml > graph > node is depth 3), so the whole tree is never held. A <key> after the first node
 * or edge (the schema puts keys first; a hand-made file may not) means a second, whole-tree read.
 */
function parseStreaming(text: string, progress: Progress | undefined): { root: XmlElement; elements: GraphmlElements | null } | ImportResult {
  let elements: GraphmlElements | null = null;
  let firstGraph: XmlElement | null = null;
  const parsed = parseXml(text, progress, () => {
    // A fresh start for each read (the fast reader may step aside for saxes).
    elements = null;
    firstGraph = null;
    return {
      depth: 3,
      onElement: (element, [root, graph]) => {
        if (localName(root!.name) !== 'graphml' || localName(graph!.name) !== 'graph') return true;
        firstGraph ??= graph!;
        if (graph !== firstGraph) return false; // only the first graph is read
        if (!STREAMED.has(localName(element.name))) return true;
        elements ??= new GraphmlElements(root!);
        elements.take(element);
        return false;
      },
      // Edges as this app writes them, straight from the text (the same checks as above first).
      readAt: (markup, lt, [root, graph]) => {
        if (!markup.startsWith('<edge ', lt) || localName(root!.name) !== 'graphml' || localName(graph!.name) !== 'graph') return -1;
        firstGraph ??= graph!;
        if (graph !== firstGraph) return -1;
        return (elements ??= new GraphmlElements(root!)).takeEdgeText(markup, lt);
      },
    };
  });
  if (!parsed.ok) return { graph: null, report: [parsed.error] };
  const root = parsed.value;
  const streamed = elements as GraphmlElements | null;
  if (streamed && childrenNamed(root, 'key').length !== streamed.keysSeen) {
    const whole = parseXml(text);
    return whole.ok ? { root: whole.value, elements: null } : { graph: null, report: [whole.error] };
  }
  return { root, elements: streamed };
}

export function readGraphml(text: string, fileName: string, progress?: Progress): ImportResult {
  // Parsing (and reading the nodes and edges as they come) is most of a read.
  const parsed = parseStreaming(text, progressBetween(progress, 0, 0.85));
  if ('report' in parsed) return parsed;
  const { root } = parsed;
  if (localName(root.name) !== 'graphml') {
    return { graph: null, report: [reportError(`This is not GraphML: the root element is <${root.name}>, not <graphml>.`)] };
  }
  const graphs = childrenNamed(root, 'graph');
  const graph = graphs[0];
  if (!graph) return { graph: null, report: [reportError('The GraphML file has no <graph> element.')] };
  let elements = parsed.elements;
  if (!elements) {
    elements = new GraphmlElements(root);
    for (const child of childElements(graph)) elements.take(child);
  }
  const findings = new Findings();
  findings.absorb(elements.keyFindings);
  if (graphs.length > 1) findings.addItem(reportWarning(`The file holds ${graphs.length} graphs; only the first is read.`));
  findings.absorb(elements.structure);
  findings.absorb(elements.nodeFindings);
  progress?.(0.9);

  // GraphML requires edgedefault; a file without one is read as directed, the model's default.
  const edgeDefault = attributeOf(graph, 'edgedefault') !== 'undirected';
  const { keys, notes } = elements;
  const ids = assignEdgeIds(elements.edges.map((e) => e.id), findings);
  const candidateEdges = elements.edges.flatMap((edge, i) => {
    if (edge.relation !== null) {
      edge.relation['id'] = ids[i]!; // the id it was built without
      return [edge.relation];
    }
    if (edge.values === null) {
      findings.add('warning', EDGE_WITHOUT_END, ids[i]!);
      return [];
    }
    for (const [level, what, example] of edge.found ?? []) findings.add(level, what, example);
    const own = directedOf(edge.directed);
    // Worth a note where the markup decides; a "directed" data value (this app's files) says it outright.
    if (own !== null && own !== edgeDefault && !edge.values.has('directed')) findings.add('info', MIXED_DIRECTEDNESS, ids[i]!);
    return [unflattenEdge(ids[i]!, edge.source!, edge.target!, edge.values, own ?? edgeDefault, notes)];
  });

  const graphValues = readData(graph, 'graph', keys, findings).values;
  return finish(graphValues, fileName, findings, notes, elements.nodes, candidateEdges);
}

function finish(graphValues: Values, fileName: string, findings: Findings, notes: Notes, nodes: Record<string, unknown>[], edges: Record<string, unknown>[]): ImportResult {
  const title = fallbackTitle(graphValues, fileName);
  const { meta, sources } = unflattenGraphMeta(graphValues, title.title);
  const known = new Set([...GRAPH_FIELDS.map((f) => f.key), title.from]);
  for (const name of graphValues.keys()) if (!known.has(name)) findings.add('warning', GRAPH_DATA_LEFT_OUT, name);
  return finalizeImport({ meta, sources, nodes, edges, edgeIdsUnique: true, cutFromText: true }, findings.report(), notes);
}
