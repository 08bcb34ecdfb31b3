import { finalizeImport, type ImportResult } from '../finalizeImport';
import { progressBetween, type ReadProgress } from '../formatModule';
import { unflattenEdge, unflattenNode, type Notes } from '../flatAttributes';
import { reportError } from '../report';
import { assignEdgeIds } from '../xml/edgeIds';
import { Findings } from '../xml/findings';
import { parseXml } from '../xml/parseXml';
import { readTypedValue } from '../xml/typedValues';
import { attributeOf, childrenNamed, firstChildNamed, localName, ownText, type XmlElement } from '../xml/xmlTree';
import { readSpells, readValues, type Values } from './elementValues';
import { attributeValue, readAttributes, type GexfAttribute } from './gexfAttributes';

export const NESTED_NODES = 'Nested (hierarchical) nodes are not supported; read as nodes of the one graph (nested in)';
export const MIXED_DIRECTEDNESS = "Relations whose own type differs from the graph's defaultedgetype (the graph mixes directed and undirected relations)";
export const NODE_WITHOUT_ID = 'Nodes without an id, left out';
export const EDGE_WITHOUT_END = 'Relations without a source or target, left out';

/** Nodes of the graph, with nodes nested in nodes (GEXF hierarchies) flattened in. */
function collectNodes(parent: XmlElement, findings: Findings, out: XmlElement[] = []): XmlElement[] {
  for (const group of childrenNamed(parent, 'nodes')) {
    for (const node of childrenNamed(group, 'node')) {
      out.push(node);
      if (childrenNamed(node, 'nodes').length > 0) {
        findings.add('warning', NESTED_NODES, attributeOf(node, 'id') ?? '(no id)');
        collectNodes(node, findings, out);
      }
    }
  }
  return out;
}

function readNode(element: XmlElement, attributes: Map<string, GexfAttribute>, findings: Findings): Values {
  const name = attributeOf(element, 'id') ?? '';
  const values = readValues(element, attributes, findings, name);
  const label = attributeOf(element, 'label');
  if (label !== null) values.set('label', label);
  const position = firstChildNamed(element, 'position');
  if (position) {
    const [x, y] = [readTypedValue(attributeOf(position, 'x') ?? '', 'double'), readTypedValue(attributeOf(position, 'y') ?? '', 'double')];
    // Gephi's y axis points up, the app's down (see writeGexf).
    if (x.ok && y.ok && typeof x.value === 'number' && typeof y.value === 'number') {
      values.set('x', x.value);
      values.set('y', -y.value + 0);
    }
  }
  readSpells(element, values, findings, name);
  return values;
}

const isDirectedType = (type: string | null): boolean | null => (type === 'directed' ? true : type === 'undirected' || type === 'mutual' ? false : null);

export function readGexf(text: string, fileName: string, progress?: ReadProgress): ImportResult {
  // Parsing takes about two thirds of a read; building and checking the elements the rest.
  const parsed = parseXml(text, progressBetween(progress, 0, 0.65));
  if (!parsed.ok) return { graph: null, report: [parsed.error] };
  const root = parsed.value;
  if (localName(root.name) !== 'gexf') return { graph: null, report: [reportError(`This is not GEXF: the root element is <${root.name}>, not <gexf>.`)] };
  const graph = firstChildNamed(root, 'graph');
  if (!graph) return { graph: null, report: [reportError('The GEXF file has no <graph> element.')] };
  const findings = new Findings();
  const notes: Notes = new Map();
  // GEXF's default edge type is undirected.
  const defaultDirected = isDirectedType(attributeOf(graph, 'defaultedgetype')) ?? false;

  const nodeAttributes = readAttributes(graph, 'node', findings);
  const nodes = collectNodes(graph, findings).flatMap((element, i) => {
    const id = attributeOf(element, 'id');
    if (id === null) {
      findings.add('warning', NODE_WITHOUT_ID, `node ${i + 1}`);
      return [];
    }
    return [unflattenNode(id, readNode(element, nodeAttributes, findings), notes)];
  });

  progress?.(0.75);
  const edgeAttributes = readAttributes(graph, 'edge', findings);
  const edgeElements = childrenNamed(graph, 'edges').flatMap((group) => childrenNamed(group, 'edge'));
  const ids = assignEdgeIds(edgeElements.map((e) => attributeOf(e, 'id')), findings);
  const edges = edgeElements.flatMap((element, i) => {
    const id = ids[i]!;
    const [source, target] = [attributeOf(element, 'source'), attributeOf(element, 'target')];
    if (source === null || target === null) {
      findings.add('warning', EDGE_WITHOUT_END, id);
      return [];
    }
    const values = readValues(element, edgeAttributes, findings, id);
    // Files from elsewhere name the relation by its kind or label; ours also write a type attribute.
    const named = attributeOf(element, 'kind') ?? attributeOf(element, 'label');
    if (!values.has('type') && named !== null) values.set('type', named);
    // Ours write the confidence as weight; elsewhere the weight is data of its own (a count, a strength).
    const weight = attributeOf(element, 'weight');
    if (weight !== null && !values.has('confidence') && !values.has('weight')) {
      values.set('weight', attributeValue({ id: 'weight', title: 'weight', type: 'double', fallback: undefined }, weight, findings));
    }
    readSpells(element, values, findings, id);
    const own = isDirectedType(attributeOf(element, 'type'));
    // Worth a note where the markup decides; a "directed" attribute (this app's files) says it outright.
    if (own !== null && own !== defaultDirected && !values.has('directed')) findings.add('info', MIXED_DIRECTEDNESS, id);
    return [unflattenEdge(id, source, target, values, own ?? defaultDirected, notes)];
  });

  progress?.(0.9);
  const meta = firstChildNamed(root, 'meta');
  const metaText = (name: string) => {
    const element = meta ? firstChildNamed(meta, name) : null;
    return element ? ownText(element) : null;
  };
  const title = [metaText('title'), attributeOf(graph, 'name')].find((t) => t !== null && t !== '') ?? (fileName.replace(/\.gexf$/i, '') || 'Untitled graph');
  const candidate = { meta: { title, description: metaText('description') }, sources: [], nodes, edges };
  return finalizeImport(candidate, findings.report(), notes);
}
