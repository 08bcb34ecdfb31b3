import { EDGE_FIELDS, NODE_FIELDS, ParsedJson, type Notes } from '../flatAttributes';
import type { FlatValues } from '../flatValues';
import { CYJS_IGNORED_KEYS } from './cyjsKeys';
import { isRecord, own } from './jsonDocument';

export type Kind = 'node' | 'edge';

const RESERVED: Readonly<Record<Kind, ReadonlySet<string>>> = {
  node: new Set(NODE_FIELDS.map((f) => f.key)),
  edge: new Set(EDGE_FIELDS.map((f) => f.key)),
};

function note(notes: Notes, what: string, id: string): void {
  const list = notes.get(what);
  if (list) list.push(id);
  else notes.set(what, [id]);
}

/**
 * An element's `data` → flat values for unflattenNode / unflattenEdge, written into `values` (the
 * reader's store, emptied first) and, for user attributes whose value is null (unflatten drops them;
 * JSON keeps them), their flat keys into `nullKeys` (emptied first too). Desktop's names are read as
 * the model's: `name` is a node's label and `interaction` an edge's type where the file has no label
 * or type; otherwise they are kept as attributes. Desktop's own bookkeeping (SUID, shared_name,
 * selected) is dropped.
 */
export function elementValues(data: Record<string, unknown>, kind: Kind, id: string, notes: Notes, values: FlatValues, nullKeys: string[]): void {
  values.clear();
  nullKeys.length = 0;
  // for…in, not Object.keys: no array per element. Parsed JSON has only own, plain keys ("__proto__" too).
  for (const key in data) {
    if (key === 'id' || key === 'source' || key === 'target' || CYJS_IGNORED_KEYS.has(key)) continue;
    const value = own(data, key);
    if ((key === 'aliases' && kind === 'node') || (key === 'evidence' && kind === 'edge')) {
      values.set(key, typeof value === 'string' ? value : new ParsedJson(value));
    } else if (value === null) {
      if (RESERVED[kind].has(key)) values.set(key, null);
      else nullKeys.push(key);
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      values.set(key, value);
    } else {
      values.set(key, JSON.stringify(value));
      note(notes, 'Lists and objects in element data, kept as JSON text', id);
    }
  }
  const alias = kind === 'node' ? 'name' : 'interaction';
  const field = kind === 'node' ? 'label' : 'type';
  const aliasValue = values.get(alias);
  if (aliasValue !== undefined) {
    values.delete(alias);
    const fieldValue = values.get(field);
    if (fieldValue === undefined || fieldValue === null) values.set(field, aliasValue);
    else if (fieldValue !== aliasValue) values.set(`attr.${alias}`, aliasValue);
  }
  // Desktop names an edge "A (interacts with) B" in `name` and `shared_name`: derived, not data.
  if (kind === 'edge') {
    const name = values.get('name');
    if (name !== undefined && name === own(data, 'shared_name')) values.delete('name');
  }
}

/** Adds the null attributes unflatten left out, as plain data keys. */
export function withNullAttributes(element: Record<string, unknown>, nullKeys: readonly string[]): Record<string, unknown> {
  const attributes = element['attributes'];
  if (!isRecord(attributes)) return element;
  for (const key of nullKeys) {
    const name = key.startsWith('attr.') ? key.slice('attr.'.length) : key;
    Object.defineProperty(attributes, name, { value: null, enumerable: true, writable: true, configurable: true });
  }
  return element;
}
