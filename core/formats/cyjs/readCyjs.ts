import { ParsedJson, unflattenEdge, unflattenGraphMeta, unflattenNode, type FlatValue, type Notes } from '../flatAttributes';
import { finalizeImport, type ImportResult } from '../finalizeImport';
import { FlatValues } from '../flatValues';
import { reportError, summarise, type ReportItem } from '../report';
import { edgeFromAppData, nodeFromAppData } from './appElementData';
import { elementValues, withNullAttributes, type Kind } from './elementValues';
import { idOf, isRecord, own, parseJsonDocument } from './jsonDocument';

/** An element of the file that has a `data` object. */
type RawElement = Record<string, unknown>;
const dataOf = (el: RawElement) => own(el, 'data') as Record<string, unknown>;

/** "net.cyjs" → "net". */
const titleFrom = (fileName: string) => (fileName.split(/[\\/]/).pop() ?? '').replace(/\.(cyjs|json)$/i, '') || 'Untitled graph';

/**
 * Cytoscape Desktop's .cyjs ({ data, elements: { nodes, edges } }) and plain cytoscape.js JSON
 * (`elements` as one array of { group, data }; an element without a group is an edge if its data
 * has a source or target, as cytoscape.js decides).
 */
export function readCyjs(text: string, fileName: string): ImportResult {
  const parsed = parseJsonDocument(text);
  if (!parsed.ok) return { graph: null, report: [parsed.error] };
  const doc = parsed.value;
  const elements = isRecord(doc) ? own(doc, 'elements') : undefined;
  if (!isRecord(doc) || (!isRecord(elements) && !Array.isArray(elements))) {
    return { graph: null, report: [reportError('Not a Cytoscape.js file: expected an object with "elements" (nodes and edges).')] };
  }
  const report: ReportItem[] = [];
  const skipped: string[] = [];
  const raw: Record<Kind, RawElement[]> = { node: [], edge: [] };
  // Where an element is ("elements.edges[3]") is spelled out only for one that is left out.
  const takeAll = (list: unknown[], where: string, group?: Kind) => {
    for (let i = 0; i < list.length; i++) {
      const el = list[i];
      const data = isRecord(el) ? own(el, 'data') : undefined;
      if (!isRecord(el) || !isRecord(data)) {
        skipped.push(`${where}[${i}]`);
        continue;
      }
      const named = own(el, 'group');
      const kind = group ?? (named === 'nodes' ? 'node' : named === 'edges' ? 'edge' : own(data, 'source') !== undefined || own(data, 'target') !== undefined ? 'edge' : 'node');
      raw[kind].push(el);
    }
  };
  if (Array.isArray(elements)) takeAll(elements, 'elements');
  else if (isRecord(elements)) {
    for (const [key, kind] of [['nodes', 'node'], ['edges', 'edge']] as const) {
      const list = own(elements, key);
      if (Array.isArray(list)) takeAll(list, `elements.${key}`, kind);
    }
  }
  if (skipped.length > 0) report.push(summarise('warning', 'Elements without a data object, left out', skipped));

  const notes: Notes = new Map();
  // One store and one list for every element: unflatten copies what it keeps.
  const values = new FlatValues();
  const nullKeys: string[] = [];
  const nodeIds = elementIds(raw.node, 'n', notes, 'Actors without an id, numbered');
  // Elements as this app writes them are built directly (appElementData.ts); others take the general path.
  const nodes = raw.node.map((el, i) => {
    const id = nodeIds[i]!;
    const position = own(el, 'position');
    const direct = nodeFromAppData(dataOf(el), position, id);
    if (direct !== null) return direct;
    elementValues(dataOf(el), 'node', id, notes, values, nullKeys);
    if (isRecord(position) && typeof own(position, 'x') === 'number' && typeof own(position, 'y') === 'number') {
      values.set('x', own(position, 'x') as number);
      values.set('y', own(position, 'y') as number);
    }
    return withNullAttributes(unflattenNode(id, values, notes), nullKeys);
  });
  const edgeIds = elementIds(raw.edge, 'e', notes, 'Relations without an id, numbered');
  const edges = raw.edge.map((el, i) => {
    const id = edgeIds[i]!;
    const data = dataOf(el);
    const source = idOf(own(data, 'source')) ?? '';
    const target = idOf(own(data, 'target')) ?? '';
    const direct = edgeFromAppData(data, id, source, target);
    if (direct !== null) return direct;
    elementValues(data, 'edge', id, notes, values, nullKeys);
    return withNullAttributes(unflattenEdge(id, source, target, values, true, notes), nullKeys);
  });
  const { meta, sources } = unflattenGraphMeta(graphValues(doc), titleFrom(fileName));
  return finalizeImport({ meta, sources, nodes, edges }, report, notes);
}

/**
 * Ids as the file gives them; elements without one are numbered n1, n2… past the ids in use. The
 * set of ids in use is built only when some element needs a number (a file this app wrote never does).
 */
function elementIds(list: readonly RawElement[], prefix: string, notes: Notes, what: string): string[] {
  const found = list.map((el) => idOf(own(dataOf(el), 'id')));
  if (!found.includes(null)) return found as string[];
  const used = new Set(found.filter((id) => id !== null));
  let next = 1;
  const numbered: string[] = [];
  const ids = found.map((id) => {
    if (id !== null) return id;
    while (used.has(`${prefix}${next}`)) next++;
    const made = `${prefix}${next++}`;
    used.add(made);
    numbered.push(made);
    return made;
  });
  if (numbered.length > 0) notes.set(what, numbered);
  return ids;
}

/** Network data: this app's kg_* keys, else Desktop's `name` and a `description`. */
function graphValues(doc: Record<string, unknown>): Map<string, FlatValue | ParsedJson | null> {
  const data = own(doc, 'data');
  const values = new Map<string, FlatValue | ParsedJson | null>();
  if (!isRecord(data)) return values;
  const text = (key: string) => {
    const v = own(data, key);
    return typeof v === 'string' ? v : null;
  };
  const title = text('kg_title') ?? text('name') ?? text('title');
  if (title !== null) values.set('kg_title', title);
  const description = text('kg_description') ?? text('description');
  if (description !== null) values.set('kg_description', description);
  const sources = own(data, 'kg_sources');
  if (sources !== undefined) // Parsed already: handed over as it is (its article texts can be megabytes).
    values.set('kg_sources', typeof sources === 'string' ? sources : new ParsedJson(sources));
  return values;
}
