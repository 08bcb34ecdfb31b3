import type { z } from 'zod';
import {
  CAMEO_PATTERN,
  EdgeSchema,
  GraphFileSchema,
  NodeSchema,
  SourceSchema,
  MAX_ID_LENGTH,
  PARTIAL_DATE_PATTERN,
  PRECISIONS,
  QID_PATTERN,
  RELATION_TYPE_PATTERN,
  type AttributeValue,
  type Attributes,
  type Evidence,
  type GraphEdge,
  type GraphFile,
  type GraphNode,
  type Position,
  type Source,
  type TimeSpan,
} from './schema';
import { ACTOR_TYPES, STANCES } from './vocabulary';

/**
 * Hand-written twins of the element schemas in schema.ts for the common case, a valid element: about
 * ten times faster than zod on a 100k-edge file. Each returns exactly what zod's parse returns (same
 * values, same key order, attributes without prototype) or `undefined` when it is not sure, and the
 * caller then asks zod, which decides and words the problem. So these only ever accept; they never
 * reject on their own. fastParse.property.test.ts checks them against zod on random input.
 */

/** Thrown inside a parser to give up; caught at the element's entry point. */
const UNSURE: unique symbol = Symbol('unsure');
type Raw = Record<string, unknown>;

function unsure(): never {
  throw UNSURE;
}

/** A plain object (what JSON.parse makes) with only keys from `allowed` and no key set to undefined. */
function plainObject(value: unknown, allowed: ReadonlySet<string>): Raw {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) unsure();
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) unsure();
  // for…in rather than Object.keys: no array per element. A plain object inherits no enumerable key.
  for (const key in value) {
    if (!allowed.has(key) || (value as Raw)[key] === undefined) unsure();
  }
  return value as Raw;
}

/**
 * Are the keys of `raw` exactly `keys`, in that order? Then the object already has zod's output
 * shape and is kept instead of copied: a file we wrote (every key present, in schema order) is
 * validated in place, sparing 100k edge copies and their garbage (issue 5: parse + validate ≤ 1 s).
 */
function hasExactly(raw: Raw, keys: readonly string[]): boolean {
  // zod's output is a plain object; a prototype-less input is copied.
  if (Object.getPrototypeOf(raw) !== Object.prototype) return false;
  let i = 0;
  for (const key in raw) if (key !== keys[i++]) return false;
  return i === keys.length;
}

const string = (v: unknown): string => (typeof v === 'string' ? v : unsure());
const nonEmpty = (v: unknown): string => (typeof v === 'string' && v.length > 0 ? v : unsure());
const id = (v: unknown): string => (typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH ? v : unsure());
const matching = (pattern: RegExp) => (v: unknown): string => (typeof v === 'string' && pattern.test(v) ? v : unsure());
const finite = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : unsure());
const offset = (v: unknown): number => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : unsure());
const oneOf = <T extends string>(values: readonly T[]) => {
  const set = new Set<string>(values);
  return (v: unknown): T => (typeof v === 'string' && set.has(v) ? (v as T) : unsure());
};
/** `.nullable().default(null)`: absent → null. */
const nullable = <T>(v: unknown, parse: (v: unknown) => T): T | null => (v === undefined || v === null ? null : parse(v));
const date = matching(PARTIAL_DATE_PATTERN);
const precision = oneOf(PRECISIONS);

const TIME_KEYS = new Set(['start', 'end', 'precision', 'text']);
const SPAN_ORDER = ['start', 'precision'];
const SPAN_TEXT_ORDER = ['start', 'precision', 'text'];
const RANGE_ORDER = ['start', 'end', 'precision'];
const RANGE_TEXT_ORDER = ['start', 'end', 'precision', 'text'];
const PRECISION_LENGTH: Readonly<Record<string, number>> = { day: 10, month: 7, year: 4 };

function timeSpan(value: unknown): TimeSpan {
  const raw = plainObject(value, TIME_KEYS);
  const start = date(raw['start']);
  const end = 'end' in raw ? date(raw['end']) : undefined;
  const spanPrecision = precision(raw['precision']);
  const expected = PRECISION_LENGTH[spanPrecision];
  if (start.length !== expected || (end !== undefined && (end.length !== expected || end < start))) unsure();
  const text = 'text' in raw ? string(raw['text']) : undefined;
  // Key order as zod writes it: start, end (if given), precision, text (if given).
  const order = end === undefined ? (text === undefined ? SPAN_ORDER : SPAN_TEXT_ORDER) : text === undefined ? RANGE_ORDER : RANGE_TEXT_ORDER;
  if (hasExactly(raw, order)) return raw as unknown as TimeSpan;
  const span: TimeSpan = end === undefined ? { start, precision: spanPrecision } : { start, end, precision: spanPrecision };
  return text !== undefined ? { ...span, text } : span;
}

const POSITION_ORDER = ['x', 'y'];
const POSITION_KEYS = new Set(POSITION_ORDER);
function position(value: unknown): Position {
  const raw = plainObject(value, POSITION_KEYS);
  const x = finite(raw['x']);
  const y = finite(raw['y']);
  return hasExactly(raw, POSITION_ORDER) ? (raw as unknown as Position) : { x, y };
}

const isAttributeValue = (v: unknown): boolean =>
  v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/**
 * Absent → `{}` (zod's default, a plain object); present → a prototype-less object with the same
 * keys and values. One that is prototype-less already (the import readers build them so, and the
 * model's are) is kept as it is, like nested time and evidence objects: a second dictionary per
 * element was a good part of a 100k-relation import's garbage. Only JSON.parse's plain objects are copied.
 */
function attributes(value: unknown): Attributes {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) unsure();
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto === null) {
    // for…in lists exactly the own enumerable string keys here: there is no prototype to inherit from.
    for (const key in value) if (!isAttributeValue((value as Raw)[key])) unsure();
    return value as Attributes;
  }
  if (proto !== Object.prototype) unsure();
  // `{}` stripped of its prototype, not Object.create(null): V8 starts the latter as a hash table
  // (about 184 bytes against 56), one per element of a native file read (issue 5).
  const out = Object.setPrototypeOf({}, null) as Record<string, AttributeValue>;
  for (const key of Object.keys(value)) {
    const v = (value as Raw)[key];
    if (!isAttributeValue(v)) unsure();
    Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const SOURCE_KEYS = new Set(['id', 'title', 'section', 'outlet', 'published', 'url', 'text']);
function source(value: unknown): Source {
  const raw = plainObject(value, SOURCE_KEYS);
  return {
    id: id(raw['id']),
    title: nonEmpty(raw['title']),
    section: nullable(raw['section'], string),
    outlet: nullable(raw['outlet'], string),
    published: nullable(raw['published'], date),
    url: nullable(raw['url'], string),
    text: string(raw['text']),
  };
}

const EVIDENCE_ORDER = ['sourceId', 'quote', 'start', 'end'];
const EVIDENCE_KEYS = new Set(EVIDENCE_ORDER);
function evidence(value: unknown): Evidence {
  const raw = plainObject(value, EVIDENCE_KEYS);
  const sourceId = id(raw['sourceId']);
  const quote = nonEmpty(raw['quote']);
  const start = offset(raw['start']);
  const end = offset(raw['end']);
  // Built only when `raw` is not kept as it is (see node and edge below).
  return hasExactly(raw, EVIDENCE_ORDER) ? (raw as unknown as Evidence) : { sourceId, quote, start, end };
}

/** The array itself when every item was kept as it is; otherwise a new one. */
function list<T>(value: unknown, item: (v: unknown) => T): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) unsure();
  let out: T[] | null = null;
  for (let i = 0; i < value.length; i++) {
    const parsed = item(value[i]);
    if (out === null && parsed !== value[i]) out = (value as T[]).slice(0, i);
    out?.push(parsed);
  }
  return out ?? (value as T[]);
}

/*
 * Node and edge: every field is checked into a local first, and `raw` itself is the result (its
 * attributes replaced by their prototype-less form) when it has exactly zod's keys in order and each
 * nested value the parser made (time, lists, position) is the one it holds. Present scalar keys hold
 * those scalars already (plainObject allows no undefined value). A result object is built only when
 * `raw` cannot be kept: one made only to be compared and dropped was young garbage for every element
 * of a 100k-relation read (issue 5).
 */

const actorType = oneOf(ACTOR_TYPES);
const qid = matching(QID_PATTERN);
const NODE_ORDER = ['id', 'label', 'type', 'aliases', 'qid', 'description', 'time', 'position', 'attributes'];
const NODE_KEYS = new Set(NODE_ORDER);
function node(value: unknown): GraphNode {
  const raw = plainObject(value, NODE_KEYS);
  const nodeId = id(raw['id']);
  const label = nonEmpty(raw['label']);
  const type = actorType(raw['type']);
  const aliases = list(raw['aliases'], nonEmpty);
  const nodeQid = nullable(raw['qid'], qid);
  const description = nullable(raw['description'], string);
  const time = nullable(raw['time'], timeSpan);
  const nodePosition = nullable(raw['position'], position);
  const nodeAttributes = attributes(raw['attributes']);
  if (hasExactly(raw, NODE_ORDER) && raw['aliases'] === aliases && raw['time'] === time && raw['position'] === nodePosition) {
    raw['attributes'] = nodeAttributes;
    return raw as unknown as GraphNode;
  }
  return { id: nodeId, label, type, aliases, qid: nodeQid, description, time, position: nodePosition, attributes: nodeAttributes };
}

const relationType = matching(RELATION_TYPE_PATTERN);
const cameo = matching(CAMEO_PATTERN);
const stance = oneOf(STANCES);
const between = (min: number, max: number) => (v: unknown): number => {
  const n = finite(v);
  return n >= min && n <= max ? n : unsure();
};
const goldstein = between(-10, 10);
const confidence = between(0, 1);
const EDGE_ORDER = ['id', 'source', 'target', 'type', 'directed', 'cameo', 'goldstein', 'stance', 'time', 'confidence', 'evidence', 'note', 'attributes'];
const EDGE_KEYS = new Set(EDGE_ORDER);
function edge(value: unknown): GraphEdge {
  const raw = plainObject(value, EDGE_KEYS);
  const rawDirected = raw['directed'];
  const edgeId = id(raw['id']);
  const source = id(raw['source']);
  const target = id(raw['target']);
  const type = relationType(raw['type']);
  const directed = rawDirected === undefined ? true : typeof rawDirected === 'boolean' ? rawDirected : unsure();
  const edgeCameo = nullable(raw['cameo'], cameo);
  const edgeGoldstein = nullable(raw['goldstein'], goldstein);
  const edgeStance = stance(raw['stance']);
  const time = nullable(raw['time'], timeSpan);
  const edgeConfidence = confidence(raw['confidence']);
  const edgeEvidence = list(raw['evidence'], evidence);
  const note = nullable(raw['note'], string);
  const edgeAttributes = attributes(raw['attributes']);
  if (hasExactly(raw, EDGE_ORDER) && raw['time'] === time && raw['evidence'] === edgeEvidence) {
    raw['attributes'] = edgeAttributes;
    return raw as unknown as GraphEdge;
  }
  return {
    id: edgeId,
    source,
    target,
    type,
    directed,
    cameo: edgeCameo,
    goldstein: edgeGoldstein,
    stance: edgeStance,
    time,
    confidence: edgeConfidence,
    evidence: edgeEvidence,
    note,
    attributes: edgeAttributes,
  };
}

const META_KEYS = new Set(['title', 'description']);
function meta(value: unknown): GraphFile['meta'] {
  const raw = plainObject(value, META_KEYS);
  return { title: nonEmpty(raw['title']), description: nullable(raw['description'], string) };
}

/** Runs a parser; undefined when it gave up. */
function attempt<T>(parse: (v: unknown) => T): (value: unknown) => T | undefined {
  return (value) => {
    try {
      return parse(value);
    } catch (e) {
      if (e === UNSURE) return undefined;
      throw e;
    }
  };
}

export const fastParseSource = attempt(source);
export const fastParseNode = attempt(node);
export const fastParseEdge = attempt(edge);
export const fastParseMeta = attempt(meta);

type Parsed<T> = { success: true; data: T } | { success: false; error: z.ZodError };

/** The fast path for a valid element; zod decides (and words the problem) for anything else. */
function orZod<T>(fast: (raw: unknown) => T | undefined, schema: { safeParse: (raw: unknown) => Parsed<T> }) {
  return (raw: unknown): Parsed<T> => {
    const data = fast(raw);
    return data !== undefined ? { success: true, data } : schema.safeParse(raw);
  };
}

/** Drop-in for `Schema.safeParse`, same result, fast for valid elements. */
export const safeParseMeta = orZod(fastParseMeta, GraphFileSchema.shape.meta);
export const safeParseSource = orZod(fastParseSource, SourceSchema);
export const safeParseNode = orZod(fastParseNode, NodeSchema);
export const safeParseEdge = orZod(fastParseEdge, EdgeSchema);
