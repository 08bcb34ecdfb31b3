import { finalizeImport, type ImportResult } from '../finalizeImport';
import { progressBetween, type Progress } from '../formatModule';
import { unflattenEdge } from '../flatAttributes';
import { reportError } from '../report';
import { assignEdgeIds } from '../xml/edgeIds';
import { Findings } from '../xml/findings';
import { parseXml } from '../xml/parseXml';
import { attributeOf, childrenNamed, firstChildNamed, localName, ownText, type XmlElement } from '../xml/xmlTree';
import { EDGE_ID_TO_COME, GexfElements } from './gexfElements';

export { NESTED_NODES, NODE_WITHOUT_ID } from './gexfElements';
export const MIXED_DIRECTEDNESS = "Relations whose own type differs from the graph's defaultedgetype (the graph mixes directed and undirected relations)";
export const EDGE_WITHOUT_END = 'Relations without a source or target, left out';

const isDirectedType = (type: string | null): boolean | null => (type === 'directed' ? true : type === 'undirected' || type === 'mutual' ? false : null);

/**
 * The document's root with the nodes and edges of its graph read as the parser meets them (gexf >
 * graph > nodes > node is depth 4), so the whole tree is never held. <attributes> after the nodes or
 * edges they declare (Gephi writes them first) means a second, whole-tree read.
 */
function parseStreaming(text: string, progress: Progress | undefined): { root: XmlElement; elements: GexfElements | null } | ImportResult {
  let elements: GexfElements | null = null;
  let firstGraph: XmlElement | null = null;
  const parsed = parseXml(text, progress, () => {
    // A fresh start for each read (the fast reader may step aside for saxes).
    elements = null;
    firstGraph = null;
    return {
      depth: 4,
      onElement: (element, [root, graph, group]) => {
        if (localName(root!.name) !== 'gexf' || localName(graph!.name) !== 'graph') return true;
        firstGraph ??= graph!;
        if (graph !== firstGraph) return false; // only the first graph is read
        const [kind, groupKind] = [localName(element.name), localName(group!.name)];
        if (kind === 'node' && groupKind === 'nodes') (elements ??= new GexfElements(graph!)).takeNode(element);
        else if (kind === 'edge' && groupKind === 'edges') (elements ??= new GexfElements(graph!)).takeEdge(element);
        else return true;
        return false;
      },
      // Edges as this app writes them, straight from the text (the same checks as above first).
      readAt: (markup, lt, [root, graph, group]) => {
        if (!markup.startsWith('<edge ', lt) || localName(root!.name) !== 'gexf' || localName(graph!.name) !== 'graph' || localName(group!.name) !== 'edges') return -1;
        firstGraph ??= graph!;
        if (graph !== firstGraph) return -1;
        return (elements ??= new GexfElements(graph!)).takeEdgeText(markup, lt);
      },
    };
  });
  if (!parsed.ok) return { graph: null, report: [parsed.error] };
  const streamed = elements as GexfElements | null;
  if (streamed && !streamed.declaredFirst()) {
    const whole = parseXml(text);
    return whole.ok ? { root: whole.value, elements: null } : { graph: null, report: [whole.error] };
  }
  return { root: parsed.value, elements: streamed };
}

export function readGexf(text: string, fileName: string, progress?: Progress): ImportResult {
  // Parsing (and reading the nodes and edges as they come) is most of a read.
  const parsed = parseStreaming(text, progressBetween(progress, 0, 0.85));
  if ('report' in parsed) return parsed;
  const { root } = parsed;
  if (localName(root.name) !== 'gexf') return { graph: null, report: [reportError(`This is not GEXF: the root element is <${root.name}>, not <gexf>.`)] };
  const graph = firstChildNamed(root, 'graph');
  if (!graph) return { graph: null, report: [reportError('The GEXF file has no <graph> element.')] };
  let elements = parsed.elements;
  if (!elements) {
    elements = new GexfElements(graph);
    for (const group of childrenNamed(graph, 'nodes')) for (const node of childrenNamed(group, 'node')) elements.takeNode(node);
    for (const group of childrenNamed(graph, 'edges')) for (const edge of childrenNamed(group, 'edge')) elements.takeEdge(edge);
  }
  const findings = new Findings();
  findings.absorb(elements.declarations('node').findings);
  findings.absorb(elements.nested);
  findings.absorb(elements.nodeFindings);
  findings.absorb(elements.declarations('edge').findings);
  progress?.(0.9);

  // GEXF's default edge type is undirected.
  const defaultDirected = isDirectedType(attributeOf(graph, 'defaultedgetype')) ?? false;
  const { notes } = elements;
  const ids = assignEdgeIds(elements.edges.map((e) => e.id), findings);
  const edges = elements.edges.flatMap((edge, i) => {
    const id = ids[i]!;
    if (edge.relation !== null) {
      edge.relation['id'] = id; // the id it was built without
      return [edge.relation];
    }
    if (edge.values === null) {
      findings.add('warning', EDGE_WITHOUT_END, id);
      return [];
    }
    for (const [level, what, example] of edge.found ?? []) findings.add(level, what, example === EDGE_ID_TO_COME ? id : example);
    const own = isDirectedType(edge.type);
    // Worth a note where the markup decides; a "directed" attribute (this app's files) says it outright.
    if (own !== null && own !== defaultDirected && !edge.values.has('directed')) findings.add('info', MIXED_DIRECTEDNESS, id);
    return [unflattenEdge(id, edge.source!, edge.target!, edge.values, own ?? defaultDirected, notes)];
  });
  const nodes = elements.nodes;

  const meta = firstChildNamed(root, 'meta');
  const metaText = (name: string) => {
    const element = meta ? firstChildNamed(meta, name) : null;
    return element ? ownText(element) : null;
  };
  const title = [metaText('title'), attributeOf(graph, 'name')].find((t) => t !== null && t !== '') ?? (fileName.replace(/\.gexf$/i, '') || 'Untitled graph');
  const candidate = { meta: { title, description: metaText('description') }, sources: [], nodes, edges, edgeIdsUnique: true, cutFromText: true };
  return finalizeImport(candidate, findings.report(), notes);
}
