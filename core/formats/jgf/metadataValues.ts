import { ParsedJson, userAttributeKey, type FlatValue, type Notes } from '../flatAttributes';
import { isRecord, own } from '../cyjs/jsonDocument';

/** What one node's or edge's metadata gives: flat values for unflatten, and null attributes. */
export interface MetadataValues {
  readonly values: Map<string, FlatValue | ParsedJson | null>;
  readonly nullAttributes: string[];
}

const NODE_KEYS = new Set(['type', 'qid', 'description']);
const EDGE_KEYS = new Set(['cameo', 'goldstein', 'stance', 'confidence', 'note']);

function note(notes: Notes, what: string, id: string): void {
  const list = notes.get(what);
  if (list) list.push(id);
  else notes.set(what, [id]);
}

const isScalar = (v: unknown): v is FlatValue => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * Metadata as this app writes it (the model's names, real JSON values) → the flat values
 * unflattenNode/unflattenEdge take. Keys the model does not know, from other tools' JGF files,
 * become attributes; lists and objects among them are kept as JSON text.
 */
export function metadataValues(metadata: unknown, kind: 'node' | 'edge', id: string, notes: Notes): MetadataValues {
  const values = new Map<string, FlatValue | ParsedJson | null>();
  const nullAttributes: string[] = [];
  if (!isRecord(metadata)) return { values, nullAttributes };
  const attribute = (key: string, value: unknown) => {
    if (value === null) nullAttributes.push(key);
    else if (isScalar(value)) values.set(userAttributeKey(key), value);
    else {
      values.set(userAttributeKey(key), JSON.stringify(value));
      note(notes, 'Lists and objects in metadata, kept as JSON text', id);
    }
  };
  for (const key of Object.keys(metadata)) {
    const value = own(metadata, key);
    const known = kind === 'node' ? NODE_KEYS : EDGE_KEYS;
    if (known.has(key) && (value === null || isScalar(value))) values.set(key, value);
    else if (key === (kind === 'node' ? 'aliases' : 'evidence') && value !== undefined) {
      values.set(key, typeof value === 'string' ? value : new ParsedJson(value));
    } else if (key === 'time' && isRecord(value)) {
      for (const part of ['start', 'end', 'precision', 'text']) {
        const v = own(value, part);
        if (isScalar(v)) values.set(`time_${part}`, String(v));
      }
    } else if (key === 'position' && kind === 'node' && isRecord(value)) {
      const [x, y] = [own(value, 'x'), own(value, 'y')];
      if (typeof x === 'number' && typeof y === 'number') {
        values.set('x', x);
        values.set('y', y);
      }
    } else if (key === 'attributes' && isRecord(value)) {
      for (const name of Object.keys(value)) attribute(name, own(value, name));
    } else attribute(key, value);
  }
  return { values, nullAttributes };
}

/** Adds the null attributes unflatten left out (it drops nulls), as plain data keys. */
export function addNullAttributes(element: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const attributes = element['attributes'];
  if (isRecord(attributes)) {
    for (const name of names) Object.defineProperty(attributes, name, { value: null, enumerable: true, writable: true, configurable: true });
  }
  return element;
}
