import { ParsedJson, unflattenEdge, unflattenGraphMeta, unflattenNode, userAttributeKey, type FlatValue, type Notes } from '../flatAttributes';
import { finalizeImport, type ImportResult } from '../finalizeImport';
import { reportError, reportInfo, reportWarning, type ReportItem } from '../report';
import { relationTypeLabel } from '../../model/vocabulary';
import { idOf, isRecord, own, parseJsonDocument } from '../cyjs/jsonDocument';
import { FlatValues } from '../flatValues';
import { edgeFromAppObject, nodeFromAppObject } from './appMetadata';
import { addNullAttributes, metadataValues } from './metadataValues';

const titleFrom = (fileName: string) => (fileName.split(/[\\/]/).pop() ?? '').replace(/(\.jgf)?(\.json)?$/i, '') || 'Untitled graph';

/**
 * JSON Graph Format: v2 ({ graph } with nodes keyed by id), a v2 { graphs: [...] } document (the first
 * graph is opened), and v1 files whose nodes are a list of { id, label }.
 */
export function readJgf(text: string, fileName: string): ImportResult {
  const parsed = parseJsonDocument(text);
  if (!parsed.ok) return { graph: null, report: [parsed.error] };
  const doc = parsed.value;
  const report: ReportItem[] = [];
  let graph = isRecord(doc) ? own(doc, 'graph') : undefined;
  const graphs = isRecord(doc) ? own(doc, 'graphs') : undefined;
  if (graph === undefined && Array.isArray(graphs)) {
    if (graphs.length === 0) return { graph: null, report: [reportError('The file holds no graph ("graphs" is empty).')] };
    graph = graphs[0];
    if (graphs.length > 1) {
      const label = isRecord(graph) && typeof own(graph, 'label') === 'string' ? ` "${String(own(graph, 'label'))}"` : '';
      report.push(reportWarning(`The file holds ${graphs.length} graphs; only the first${label} is opened.`));
    }
  }
  if (!isRecord(graph)) return { graph: null, report: [reportError('Not a JSON Graph Format file: expected a "graph" object or a "graphs" list.')] };

  const notes: Notes = new Map();
  // One store and one list for every element: unflatten copies what it keeps.
  const scratch: Scratch = { values: new FlatValues(), nullAttributes: [] };
  const nodes = readNodes(own(graph, 'nodes'), nodeOrder(graph), report, notes, scratch);
  const directed = own(graph, 'directed') !== false;
  const edges = readEdges(own(graph, 'edges'), directed, notes, scratch);
  const { meta, sources } = unflattenGraphMeta(graphValues(graph), titleFrom(fileName));
  return finalizeImport({ meta, sources, nodes, edges }, report, notes);
}

/** The node order this app writes when the keys alone would not keep it (see writeJgf.ts). */
function nodeOrder(graph: Record<string, unknown>): readonly string[] {
  const metadata = own(graph, 'metadata');
  const order = isRecord(metadata) ? own(metadata, 'node_order') : undefined;
  return Array.isArray(order) ? order.filter((id): id is string => typeof id === 'string') : [];
}

/** What metadataValues fills for each element in turn. */
interface Scratch {
  readonly values: FlatValues;
  readonly nullAttributes: string[];
}

function readNodes(raw: unknown, order: readonly string[], report: ReportItem[], notes: Notes, scratch: Scratch): Record<string, unknown>[] {
  let ids: (string | null)[] = [];
  let items: unknown[] = [];
  if (isRecord(raw)) {
    // Ids in the written order first (those still in the file), then any others as the object lists them.
    ids = order.length === 0 ? Object.keys(raw) : [...new Set([...order.filter((id) => Object.prototype.hasOwnProperty.call(raw, id)), ...Object.keys(raw)])];
    items = ids.map((id) => own(raw, id!));
  }
  else if (Array.isArray(raw)) {
    report.push(reportInfo('The nodes are a list (JGF version 1); read by their "id".'));
    ids = raw.map((node) => (isRecord(node) ? idOf(own(node, 'id')) : null));
    items = raw;
  }
  const { values, nullAttributes } = scratch;
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < items.length; i++) {
    const id = ids[i]!;
    const node = items[i];
    // An entry that is no object, or a v1 node without an id, still goes to finalizeImport, which reports it.
    if (id === null || !isRecord(node)) {
      out.push({ id, label: null });
      continue;
    }
    // Nodes as this app writes them are built directly (appMetadata.ts); others take the general path.
    const direct = nodeFromAppObject(node, id);
    if (direct !== null) {
      out.push(direct);
      continue;
    }
    metadataValues(own(node, 'metadata'), 'node', id, notes, values, nullAttributes);
    const label = own(node, 'label');
    if (typeof label === 'string') values.set('label', label);
    // The spec's own examples put "type" on the node, beside label.
    const type = own(node, 'type');
    if (!values.has('type') && typeof type === 'string') values.set('type', type);
    out.push(addNullAttributes(unflattenNode(id, values, notes), nullAttributes));
  }
  return out;
}

function readEdges(raw: unknown, graphDirected: boolean, notes: Notes, scratch: Scratch): Record<string, unknown>[] {
  if (!Array.isArray(raw)) return [];
  const found = raw.map((e) => (isRecord(e) ? idOf(own(e, 'id')) : null));
  // The ids in use, collected when the first edge without one needs a number (never in a file this app wrote).
  let used: Set<string> | null = null;
  const { values, nullAttributes } = scratch;
  const numbered: string[] = [];
  let next = 1;
  const out = raw.map((edge, i) => {
    if (!isRecord(edge)) return { id: null };
    let id = found[i] ?? null;
    if (id === null) {
      used ??= new Set(found.filter((known) => known !== null));
      while (used.has(`e${next}`)) next++;
      id = `e${next++}`;
      used.add(id);
      numbered.push(id);
    }
    const directed = own(edge, 'directed');
    const source = idOf(own(edge, 'source')) ?? '';
    const target = idOf(own(edge, 'target')) ?? '';
    const defaultDirected = typeof directed === 'boolean' ? directed : graphDirected;
    const direct = edgeFromAppObject(edge, id, source, target, defaultDirected);
    if (direct !== null) return direct;
    metadataValues(own(edge, 'metadata'), 'edge', id, notes, values, nullAttributes);
    const relation = own(edge, 'relation');
    const label = own(edge, 'label');
    if (typeof relation === 'string' && relation !== '') {
      values.set('type', relation);
      if (typeof label === 'string' && label !== relation && label !== relationTypeLabel(relation)) values.set(userAttributeKey('label'), label);
    } else if (typeof label === 'string') values.set('type', label);
    return addNullAttributes(unflattenEdge(id, source, target, values, defaultDirected, notes), nullAttributes);
  });
  if (numbered.length > 0) notes.set('Relations without an id, numbered', numbered);
  return out;
}

/** The graph's label is its title; metadata.description and metadata.sources as this app writes them. */
function graphValues(graph: Record<string, unknown>): Map<string, FlatValue | ParsedJson | null> {
  const values = new Map<string, FlatValue | ParsedJson | null>();
  const label = own(graph, 'label');
  if (typeof label === 'string') values.set('kg_title', label);
  const metadata = own(graph, 'metadata');
  if (isRecord(metadata)) {
    // Other keys of the graph's metadata (node_order, other tools' data) have no place in the model.
    const description = own(metadata, 'description');
    if (typeof description === 'string') values.set('kg_description', description);
    const sources = own(metadata, 'sources');
    if (sources !== undefined) // Parsed already: handed over as it is (its article texts can be megabytes).
    values.set('kg_sources', typeof sources === 'string' ? sources : new ParsedJson(sources));
  }
  return values;
}
