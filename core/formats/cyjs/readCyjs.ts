import { ParsedJson, unflattenEdge, unflattenGraphMeta, unflattenNode, type FlatValue, type Notes } from '../flatAttributes';
import { finalizeImport, type ImportResult } from '../finalizeImport';
import { reportError, summarise, type ReportItem } from '../report';
import { elementValues, withNullAttributes, type Kind } from './elementValues';
import { idOf, isRecord, own, parseJsonDocument } from './jsonDocument';

interface RawElement {
  readonly data: Record<string, unknown>;
  readonly position: unknown;
}

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
  const take = (el: unknown, where: string, group?: Kind) => {
    const data = isRecord(el) ? own(el, 'data') : undefined;
    if (!isRecord(el) || !isRecord(data)) {
      skipped.push(where);
      return;
    }
    const named = own(el, 'group');
    const kind = group ?? (named === 'nodes' ? 'node' : named === 'edges' ? 'edge' : own(data, 'source') !== undefined || own(data, 'target') !== undefined ? 'edge' : 'node');
    raw[kind].push({ data, position: own(el, 'position') });
  };
  if (Array.isArray(elements)) elements.forEach((el, i) => take(el, `elements[${i}]`));
  else if (isRecord(elements)) {
    for (const [key, kind] of [['nodes', 'node'], ['edges', 'edge']] as const) {
      const list = own(elements, key);
      if (Array.isArray(list)) list.forEach((el, i) => take(el, `elements.${key}[${i}]`, kind));
    }
  }
  if (skipped.length > 0) report.push(summarise('warning', 'Elements without a data object, left out', skipped));

  const notes: Notes = new Map();
  const nodes = withIds(raw.node, 'n', notes, 'Actors without an id, numbered').map(({ id, el }) => {
    const { values, nullKeys } = elementValues(el.data, 'node', id, notes);
    const position = isRecord(el.position) ? el.position : null;
    if (position && typeof own(position, 'x') === 'number' && typeof own(position, 'y') === 'number') {
      values.set('x', own(position, 'x') as number);
      values.set('y', own(position, 'y') as number);
    }
    return withNullAttributes(unflattenNode(id, values, notes), nullKeys);
  });
  const edges = withIds(raw.edge, 'e', notes, 'Relations without an id, numbered').map(({ id, el }) => {
    const { values, nullKeys } = elementValues(el.data, 'edge', id, notes);
    const source = idOf(own(el.data, 'source')) ?? '';
    const target = idOf(own(el.data, 'target')) ?? '';
    return withNullAttributes(unflattenEdge(id, source, target, values, true, notes), nullKeys);
  });
  const { meta, sources } = unflattenGraphMeta(graphValues(doc), titleFrom(fileName));
  return finalizeImport({ meta, sources, nodes, edges }, report, notes);
}

/** Ids as the file gives them; elements without one are numbered n1, n2… past the ids in use. */
function withIds(list: readonly RawElement[], prefix: string, notes: Notes, what: string): { id: string; el: RawElement }[] {
  const used = new Set(list.flatMap((el) => idOf(own(el.data, 'id')) ?? []));
  let next = 1;
  const numbered: string[] = [];
  const out = list.map((el) => {
    let id = idOf(own(el.data, 'id'));
    if (id === null) {
      while (used.has(`${prefix}${next}`)) next++;
      id = `${prefix}${next++}`;
      used.add(id);
      numbered.push(id);
    }
    return { id, el };
  });
  if (numbered.length > 0) notes.set(what, numbered);
  return out;
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
