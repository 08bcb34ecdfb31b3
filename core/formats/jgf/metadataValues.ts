import { ParsedJson, userAttributeKey, type FlatValue, type Notes } from '../flatAttributes';
import type { FlatValues } from '../flatValues';
import { isRecord, own } from '../cyjs/jsonDocument';

const NODE_KEYS = new Set(['type', 'qid', 'description']);
const EDGE_KEYS = new Set(['cameo', 'goldstein', 'stance', 'confidence', 'note']);

function note(notes: Notes, what: string, id: string): void {
  const list = notes.get(what);
  if (list) list.push(id);
  else notes.set(what, [id]);
}

const isScalar = (v: unknown): v is FlatValue => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

const TIME_PARTS = ['start', 'end', 'precision', 'text'];
/** Their flat keys, spelled out once rather than per element. */
const TIME_KEYS = TIME_PARTS.map((part) => `time_${part}`);

/**
 * Metadata as this app writes it (the model's names, real JSON values) → the flat values
 * unflattenNode/unflattenEdge take, written into `values` (the reader's store, emptied first), and
 * the names of null attributes into `nullAttributes` (emptied first too; unflatten drops nulls).
 * Keys the model does not know, from other tools' JGF files, become attributes; lists and objects
 * among them are kept as JSON text.
 */
export function metadataValues(metadata: unknown, kind: 'node' | 'edge', id: string, notes: Notes, values: FlatValues, nullAttributes: string[]): void {
  values.clear();
  nullAttributes.length = 0;
  if (!isRecord(metadata)) return;
  const known = kind === 'node' ? NODE_KEYS : EDGE_KEYS;
  const listKey = kind === 'node' ? 'aliases' : 'evidence';
  // for…in, not Object.keys: no array per element. Parsed JSON has only own, plain keys ("__proto__" too).
  for (const key in metadata) {
    const value = own(metadata, key);
    if (known.has(key) && (value === null || isScalar(value))) values.set(key, value);
    else if (key === listKey && value !== undefined) {
      values.set(key, typeof value === 'string' ? value : new ParsedJson(value));
    } else if (key === 'time' && isRecord(value)) {
      for (let i = 0; i < TIME_PARTS.length; i++) {
        const v = own(value, TIME_PARTS[i]!);
        if (isScalar(v)) values.set(TIME_KEYS[i]!, String(v));
      }
    } else if (key === 'position' && kind === 'node' && isRecord(value)) {
      const x = own(value, 'x');
      const y = own(value, 'y');
      if (typeof x === 'number' && typeof y === 'number') {
        values.set('x', x);
        values.set('y', y);
      }
    } else if (key === 'attributes' && isRecord(value)) {
      for (const name in value) attribute(name, own(value, name), id, notes, values, nullAttributes);
    } else attribute(key, value, id, notes, values, nullAttributes);
  }
}

/** A key the model does not know: a user attribute (null ones listed apart, lists and objects as JSON text). */
function attribute(key: string, value: unknown, id: string, notes: Notes, values: FlatValues, nullAttributes: string[]): void {
  if (value === null) nullAttributes.push(key);
  else if (isScalar(value)) values.set(userAttributeKey(key), value);
  else {
    values.set(userAttributeKey(key), JSON.stringify(value));
    note(notes, 'Lists and objects in metadata, kept as JSON text', id);
  }
}

/** Adds the null attributes unflatten left out (it drops nulls), as plain data keys. */
export function addNullAttributes(element: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const attributes = element['attributes'];
  if (isRecord(attributes)) {
    for (const name of names) Object.defineProperty(attributes, name, { value: null, enumerable: true, writable: true, configurable: true });
  }
  return element;
}
