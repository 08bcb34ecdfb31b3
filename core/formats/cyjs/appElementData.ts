import { FoundEdgeFields, timeOfTexts } from '../appEdgeFields';
import { emptyAttributes, optionalText, putAttribute } from '../appElementParts';
import { EDGE_KNOWN_KEYS, isActorType, NODE_KNOWN_KEYS } from '../flatAttributes';
import { CYJS_CONVENTION_KEYS, CYJS_IGNORED_KEYS } from './cyjsKeys';
import { isRecord } from './jsonDocument';
import { withNullAttributes } from './elementValues';

/*
 * The direct path of the Cytoscape.js reader: a node or edge built straight from element data as this
 * app writes it (writeCyjs.ts: the model's keys, each with its own type), instead of going through the
 * flat-value store and unflattenNode / unflattenEdge. At 100k relations that detour was about 200 ms
 * and much of the read's garbage (issue 5: parse + validate ≤ 1 s).
 *
 * Each function returns exactly what elementValues + unflatten + withNullAttributes return for the
 * same data, or null as soon as the data is anything else: Desktop's names beyond the ones the app
 * writes, a value of another type, a relation type to rewrite, something that would be noted in the
 * import report. The reader then takes the general path, which decides and notes. No note is ever
 * made here, so the report is the same too.
 *
 * The data objects come from JSON.parse: for…in lists only their own keys ("__proto__" too), and
 * data[key] reads the own value.
 */

/** Null user attributes, added after the others as withNullAttributes does; made for the few elements with one. */
type NullKeys = string[] | null;

/**
 * A user attribute as elementValues keeps it ("attr.type" is the attribute "type"): the null keys
 * with this one added, or undefined for a list or object (noted by the general path).
 */
function userAttribute(attributes: Record<string, unknown>, nullKeys: NullKeys, key: string, value: unknown): NullKeys | undefined {
  if (value === null) return nullKeys === null ? [key] : (nullKeys.push(key), nullKeys);
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  putAttribute(attributes, key.startsWith('attr.') ? key.slice('attr.'.length) : key, value);
  return nullKeys;
}

/** A node from its data and the element's position, or null when the general path must read it. */
export function nodeFromAppData(data: Record<string, unknown>, position: unknown, id: string): Record<string, unknown> | null {
  let name: unknown, label: unknown, type: unknown, aliases: unknown, qid: unknown, description: unknown;
  let start: unknown, end: unknown, precision: unknown, words: unknown;
  const attributes = emptyAttributes();
  let nullKeys: NullKeys = null;
  for (const key in data) {
    const value = data[key];
    switch (key) {
      case 'id': case 'source': case 'target': break; // read by the reader (source and target mean nothing on a node)
      case 'name': name = value; break;
      case 'label': label = value; break;
      case 'type': type = value; break;
      case 'aliases': aliases = value; break;
      case 'qid': qid = value; break;
      case 'description': description = value; break;
      case 'time_start': start = value; break;
      case 'time_end': end = value; break;
      case 'time_precision': precision = value; break;
      case 'time_text': words = value; break;
      default: {
        if (CYJS_IGNORED_KEYS.has(key)) break;
        // x and y in data, Desktop's other names, lists or objects: the general path.
        const nulls: NullKeys | undefined = NODE_KNOWN_KEYS.has(key) || CYJS_CONVENTION_KEYS.has(key) ? undefined : userAttribute(attributes, nullKeys, key, value);
        if (nulls === undefined) return null;
        nullKeys = nulls;
      }
    }
  }
  // `name` is the label the app writes beside `label`; a different one is kept as an attribute there.
  if ((name !== undefined && typeof name !== 'string') || (label !== undefined && label !== null && typeof label !== 'string')) return null;
  if (typeof label === 'string' && name !== undefined && name !== label) return null;
  const nodeLabel = typeof label === 'string' ? label : name;
  if (typeof nodeLabel !== 'string' || nodeLabel === '' || typeof type !== 'string' || !isActorType(type)) return null;
  if (typeof aliases === 'string') return null;
  const nodeQid = optionalText(qid);
  const nodeDescription = optionalText(description);
  const time = timeOfTexts(start, end, precision, words);
  if (nodeQid === undefined || nodeDescription === undefined || time === undefined) return null;
  const at = isRecord(position) && typeof position['x'] === 'number' && typeof position['y'] === 'number' ? { x: position['x'], y: position['y'] } : null;
  const node = {
    id,
    label: nodeLabel,
    type,
    aliases: Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string' && a !== '') : [],
    qid: nodeQid || null,
    description: nodeDescription,
    time,
    position: at,
    attributes,
  };
  return nullKeys === null ? node : withNullAttributes(node, nullKeys);
}

/** An edge from its data (ids already read), or null when the general path must read it. */
export function edgeFromAppData(data: Record<string, unknown>, id: string, source: string, target: string): Record<string, unknown> | null {
  const found = new FoundEdgeFields();
  const attributes = emptyAttributes();
  let nullKeys: NullKeys = null;
  for (const key in data) {
    const value = data[key];
    if (key === 'id' || key === 'source' || key === 'target') continue; // read by the reader
    if (key === 'interaction') found.type = value;
    else if (key === 'type' || !found.take(key, value)) {
      if (CYJS_IGNORED_KEYS.has(key)) continue;
      // `type` beside `interaction`, Desktop's `name`, lists or objects: the general path.
      const nulls: NullKeys | undefined = EDGE_KNOWN_KEYS.has(key) || CYJS_CONVENTION_KEYS.has(key) ? undefined : userAttribute(attributes, nullKeys, key, value);
      if (nulls === undefined) return null;
      nullKeys = nulls;
    }
  }
  const { directed } = found;
  if (directed !== undefined && directed !== null && typeof directed !== 'boolean') return null;
  const edge = found.edge(id, source, target, directed ?? true, attributes);
  if (edge === null) return null;
  return nullKeys === null ? edge : withNullAttributes(edge, nullKeys);
}
