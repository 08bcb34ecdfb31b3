import type { AttributeValue, GraphEdge, GraphFile, GraphNode, TimeSpan } from '../model/schema';
import { ACTOR_TYPES, relationTypeInfo, STANCES, type ActorType, type Stance } from '../model/vocabulary';
import { emptyAttributes } from './appElementParts';
import { ownString } from './ownStrings';

/**
 * The one mapping between the model and flat key/value attributes, shared by every format that stores
 * attributes per element (GraphML, GEXF, CSV, Cytoscape.js data). Structured fields become JSON
 * strings (aliases, evidence) or several scalar keys (time_start, time_end, …), so NetworkX, Gephi
 * and spreadsheets see plain columns, and reading them back gives the same graph.
 */
export type FlatValue = string | number | boolean;
export type FlatType = 'string' | 'double' | 'boolean';

export interface FlatField {
  readonly key: string;
  readonly type: FlatType;
}

const TIME_FIELDS: readonly FlatField[] = [
  { key: 'time_start', type: 'string' },
  { key: 'time_end', type: 'string' },
  { key: 'time_precision', type: 'string' },
  { key: 'time_text', type: 'string' },
];

export const NODE_FIELDS: readonly FlatField[] = [
  { key: 'label', type: 'string' },
  { key: 'type', type: 'string' },
  { key: 'aliases', type: 'string' },
  { key: 'qid', type: 'string' },
  { key: 'description', type: 'string' },
  ...TIME_FIELDS,
  { key: 'x', type: 'double' },
  { key: 'y', type: 'double' },
];

export const EDGE_FIELDS: readonly FlatField[] = [
  { key: 'type', type: 'string' },
  { key: 'directed', type: 'boolean' },
  { key: 'cameo', type: 'string' },
  { key: 'goldstein', type: 'double' },
  { key: 'stance', type: 'string' },
  ...TIME_FIELDS,
  { key: 'confidence', type: 'double' },
  { key: 'evidence', type: 'string' },
  { key: 'note', type: 'string' },
];

/** Graph-level keys: title, description and the source texts evidence points into. */
export const GRAPH_FIELDS: readonly FlatField[] = [
  { key: 'kg_title', type: 'string' },
  { key: 'kg_description', type: 'string' },
  { key: 'kg_sources', type: 'string' },
];

/** Keys a user attribute may not take as is; it is written as "attr.<key>" instead. */
const STRUCTURAL = ['id', 'source', 'target'];
const RESERVED = new Set([...NODE_FIELDS, ...EDGE_FIELDS].map((f) => f.key).concat(STRUCTURAL));
const USER_PREFIX = 'attr.';

export function userAttributeKey(key: string): string {
  return RESERVED.has(key) || key.startsWith(USER_PREFIX) ? `${USER_PREFIX}${key}` : key;
}

function fromUserAttributeKey(key: string): string {
  return key.startsWith(USER_PREFIX) ? key.slice(USER_PREFIX.length) : key;
}

/** A map, not an object: keys such as "__proto__" are plain data. */
export type FlatRecord = Map<string, FlatValue>;

function setTime(out: FlatRecord, time: TimeSpan | null): void {
  if (!time) return;
  out.set('time_start', time.start);
  if (time.end !== undefined) out.set('time_end', time.end);
  out.set('time_precision', time.precision);
  if (time.text !== undefined) out.set('time_text', time.text);
}

function setUserAttributes(out: FlatRecord, attributes: Readonly<Record<string, AttributeValue>>): void {
  for (const key of Object.keys(attributes)) {
    const value = attributes[key];
    if (value !== null && value !== undefined) out.set(userAttributeKey(key), value);
  }
}

export function flattenNode(node: GraphNode): FlatRecord {
  const out: FlatRecord = new Map();
  out.set('label', node.label);
  out.set('type', node.type);
  if (node.aliases.length > 0) out.set('aliases', JSON.stringify(node.aliases));
  if (node.qid !== null) out.set('qid', node.qid);
  if (node.description !== null) out.set('description', node.description);
  setTime(out, node.time);
  if (node.position) {
    out.set('x', node.position.x);
    out.set('y', node.position.y);
  }
  setUserAttributes(out, node.attributes);
  return out;
}

export function flattenEdge(edge: GraphEdge): FlatRecord {
  const out: FlatRecord = new Map();
  out.set('type', edge.type);
  out.set('directed', edge.directed);
  if (edge.cameo !== null) out.set('cameo', edge.cameo);
  if (edge.goldstein !== null) out.set('goldstein', edge.goldstein);
  out.set('stance', edge.stance);
  setTime(out, edge.time);
  out.set('confidence', edge.confidence);
  if (edge.evidence.length > 0) out.set('evidence', JSON.stringify(edge.evidence));
  if (edge.note !== null) out.set('note', edge.note);
  setUserAttributes(out, edge.attributes);
  return out;
}

export function flattenGraphMeta(graph: GraphFile): FlatRecord {
  const out: FlatRecord = new Map();
  out.set('kg_title', graph.meta.title);
  if (graph.meta.description !== null) out.set('kg_description', graph.meta.description);
  if (graph.sources.length > 0) out.set('kg_sources', JSON.stringify(graph.sources));
  return out;
}

/** The declared type of a user attribute across elements: one type per key, strings if mixed. */
export function userAttributeTypes(records: readonly FlatRecord[], reserved: readonly FlatField[]): Map<string, FlatType> {
  const known = new Set(reserved.map((f) => f.key));
  const types = new Map<string, FlatType>();
  for (const record of records) {
    for (const [key, value] of record) {
      if (known.has(key)) continue;
      const type: FlatType = typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
      const previous = types.get(key);
      types.set(key, previous === undefined || previous === type ? type : 'string');
    }
  }
  return types;
}

// ---------------------------------------------------------------------------------------------
// Reading back. Readers hand over what they found, typed or as text (CSV); these functions build
// the model's input shape and note every normalisation in `notes` for the import report.

/**
 * A list a JSON-based reader (Cytoscape.js JSON, JGF) already holds parsed: its evidence or aliases
 * go to the model as they are, where turning them into JSON text and parsing it again cost a second
 * parse of every quote (about a fifth of a 100k-relation read).
 */
export class ParsedJson {
  constructor(readonly value: unknown) {}
}

/**
 * What a reader found for one element: typed values, strings where the format has no types, or parsed
 * JSON lists. A Map, or the FlatValues store a reader reuses from element to element (flatValues.ts).
 */
export interface FoundValues {
  get(key: string): FlatValue | ParsedJson | null | undefined;
  /** In insertion order: the order of the element's user attributes. */
  forEach(visit: (value: FlatValue | ParsedJson | null, key: string) => void): void;
}

/** Normalisations made while reading, keyed by a short description; values are element ids. */
export type Notes = Map<string, string[]>;

function note(notes: Notes, what: string, id: string): void {
  const list = notes.get(what);
  if (list) list.push(id);
  else notes.set(what, [id]);
}

function text(values: FoundValues, key: string): string | null {
  const v = values.get(key);
  if (v === undefined || v === null) return null;
  if (v instanceof ParsedJson) return JSON.stringify(v.value);
  return typeof v === 'string' ? v : String(v);
}

function number(values: FoundValues, key: string): number | null {
  const v = values.get(key);
  if (v === undefined || v === null || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

function boolean(values: FoundValues, key: string): boolean | null {
  const v = values.get(key);
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (t === 'true' || t === '1' || t === 'yes') return true;
    if (t === 'false' || t === '0' || t === 'no') return false;
  }
  if (typeof v === 'number') return v !== 0;
  return null;
}

function json(values: FoundValues, key: string): unknown {
  const found = values.get(key);
  if (found instanceof ParsedJson) return found.value;
  const t = text(values, key);
  if (t === null || t === '') return undefined;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return undefined;
  }
}

function readTime(values: FoundValues): Record<string, unknown> | null {
  return timeSpanFrom(text(values, 'time_start'), text(values, 'time_end'), text(values, 'time_precision'), text(values, 'time_text'));
}

/**
 * The time_* texts (null when absent) → the model's time input. Shared with the readers' direct
 * paths for files this app wrote (cyjs/appElementData.ts, jgf/appMetadata.ts), so both build it alike.
 */
export function timeSpanFrom(start: string | null, end: string | null, precision: string | null, words: string | null): Record<string, unknown> | null {
  if (!start) return null;
  const time: Record<string, unknown> = { start, precision: precision ?? (start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day') };
  if (end) time['end'] = end;
  if (words !== null) time['text'] = words;
  return time;
}

/** The keys that are no user attribute of a node or an edge (built once, not per element). */
export const NODE_KNOWN_KEYS: ReadonlySet<string> = new Set(NODE_FIELDS.map((f) => f.key).concat(STRUCTURAL));
export const EDGE_KNOWN_KEYS: ReadonlySet<string> = new Set(EDGE_FIELDS.map((f) => f.key).concat(STRUCTURAL));

function userAttributes(values: FoundValues, known: ReadonlySet<string>): Record<string, AttributeValue> {
  const out = emptyAttributes() as Record<string, AttributeValue>;
  values.forEach((found, key) => {
    if (known.has(key) || found === null) return;
    // Only evidence and aliases come parsed, and they are fields: never a user attribute.
    const value = found instanceof ParsedJson ? JSON.stringify(found.value) : found;
    Object.defineProperty(out, fromUserAttributeKey(key), { value, enumerable: true, writable: true, configurable: true });
  });
  return out;
}

export const isActorType = (t: string): t is ActorType => (ACTOR_TYPES as readonly string[]).includes(t);
export const isStance = (s: string): s is Stance => (STANCES as readonly string[]).includes(s);

/** Files repeat a handful of relation types over every row: each distinct one is rewritten once. */
const relationTypeCache = new Map<string, string>();
const RELATION_TYPE_CACHE_LIMIT = 10_000;

/** Relation types are snake_case words; "Strategic Partnership" becomes "strategic_partnership". */
export function toRelationType(raw: string): string {
  const cached = relationTypeCache.get(raw);
  if (cached !== undefined) return cached;
  // Kept as strings of their own: a key cut from a file's text would keep that text alive for good.
  const key = ownString(raw);
  const type = relationTypeOf(raw);
  const value = type === raw ? key : ownString(type);
  if (relationTypeCache.size < RELATION_TYPE_CACHE_LIMIT) relationTypeCache.set(key, value);
  return value;
}

function relationTypeOf(raw: string): string {
  const slug = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(slug) ? slug : `r_${slug || 'related_to'}`;
}

/** Node input (to be validated by the schema) from flat values. */
export function unflattenNode(id: string, values: FoundValues, notes: Notes): Record<string, unknown> {
  const rawType = text(values, 'type');
  let type: ActorType = 'other';
  const attributes = userAttributes(values, NODE_KNOWN_KEYS);
  if (rawType === null || rawType === '') note(notes, 'Nodes without a type, set to "other"', id);
  else if (isActorType(rawType)) type = rawType;
  else {
    note(notes, 'Nodes with a type this app does not know, set to "other" (kept as attribute original_type)', id);
    attributes['original_type'] = rawType;
  }
  let label = text(values, 'label');
  if (label === null || label === '') {
    note(notes, 'Nodes without a label, labelled with their id', id);
    label = id;
  }
  const aliases = json(values, 'aliases');
  const x = number(values, 'x');
  const y = number(values, 'y');
  return {
    id,
    label,
    type,
    aliases: Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string' && a !== '') : [],
    qid: text(values, 'qid') || null,
    description: text(values, 'description'),
    time: readTime(values),
    position: x !== null && y !== null ? { x, y } : null,
    attributes,
  };
}

/** Edge input (to be validated by the schema) from flat values. */
export function unflattenEdge(
  id: string,
  source: string,
  target: string,
  values: FoundValues,
  defaultDirected: boolean,
  notes: Notes,
): Record<string, unknown> {
  const rawType = text(values, 'type');
  let type = 'related_to';
  if (rawType === null || rawType === '') note(notes, 'Relations without a type, set to "related_to"', id);
  else {
    type = toRelationType(rawType);
    if (type !== rawType) note(notes, 'Relation types rewritten as snake_case words', id);
  }
  const info = relationTypeInfo(type);
  const rawStance = text(values, 'stance');
  let stance: Stance = info?.stance ?? 'neutral';
  if (rawStance !== null && isStance(rawStance)) stance = rawStance;
  else note(notes, `Relations without a known stance, set from their type or to "neutral"`, id);
  let confidence = number(values, 'confidence');
  if (confidence === null) {
    note(notes, 'Relations without a confidence, set to 1', id);
    confidence = 1;
  }
  const evidence = json(values, 'evidence');
  // Files this app wrote always carry a stance: their absent CAMEO code or score means none. Others
  // get the code and score the vocabulary gives their type.
  const written = rawStance !== null && isStance(rawStance);
  return {
    id,
    source,
    target,
    type,
    directed: boolean(values, 'directed') ?? defaultDirected,
    cameo: text(values, 'cameo') || (written ? null : (info?.cameo ?? null)),
    goldstein: number(values, 'goldstein') ?? (written ? null : (info?.goldstein ?? null)),
    stance,
    time: readTime(values),
    confidence,
    evidence: Array.isArray(evidence) ? evidence : [],
    note: text(values, 'note'),
    attributes: userAttributes(values, EDGE_KNOWN_KEYS),
  };
}

/** Graph-level meta and sources from flat values; missing ones get defaults. */
export function unflattenGraphMeta(values: FoundValues, fallbackTitle: string): { meta: Record<string, unknown>; sources: unknown[] } {
  const sources = json(values, 'kg_sources');
  return {
    meta: { title: text(values, 'kg_title') || fallbackTitle, description: text(values, 'kg_description') },
    sources: Array.isArray(sources) ? sources : [],
  };
}
