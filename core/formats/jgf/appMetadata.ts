import { isActorType, timeSpanFrom, toRelationType } from '../flatAttributes';
import { appEdge } from '../appEdgeFields';
import { emptyAttributes, optionalText, parsedList, putAttribute } from '../appElementParts';
import { relationTypeLabel } from '../../model/vocabulary';
import { isRecord } from '../cyjs/jsonDocument';
import { addNullAttributes } from './metadataValues';

/*
 * The direct path of the JGF reader: a node or edge built straight from its object as this app writes
 * it (writeJgf.ts: the model's names in `metadata`, real JSON values), instead of going through the
 * flat-value store and unflattenNode / unflattenEdge (issue 5: parse + validate ≤ 1 s at 100k).
 *
 * Each function returns exactly what metadataValues + unflatten + addNullAttributes return for the
 * same object, or null as soon as the object is anything else: a value of another type, a relation
 * type to rewrite, a list or object where a scalar belongs, anything the import report would note.
 * The reader then takes the general path, which decides and notes; no note is made here.
 *
 * The objects come from JSON.parse: for…in lists only their own keys ("__proto__" too), and
 * object[key] reads the own value.
 */

type NullNames = string[] | null;
type Scalar = string | number | boolean;
const isScalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * A key the model does not know, kept as metadataValues keeps it: a user attribute of that very name
 * (null ones added after the others). The null names with this one added, or undefined for a list or
 * object (kept as JSON text and noted by the general path).
 */
function attribute(attributes: Record<string, unknown>, nulls: NullNames, name: string, value: unknown): NullNames | undefined {
  if (value === null) return nulls === null ? [name] : (nulls.push(name), nulls);
  if (!isScalar(value)) return undefined;
  putAttribute(attributes, name, value);
  return nulls;
}

/** The attributes object of metadata: each of its keys is an attribute. */
function attributesObject(attributes: Record<string, unknown>, nulls: NullNames, value: Record<string, unknown>): NullNames | undefined {
  let out: NullNames | undefined = nulls;
  for (const name in value) {
    out = attribute(attributes, out, name, value[name]);
    if (out === undefined) return undefined;
  }
  return out;
}

/** A time part as metadataValues reads it: a scalar as text, anything else absent. */
const timePart = (time: Record<string, unknown>, part: string): string | null => {
  const v = time[part];
  return isScalar(v) ? String(v) : null;
};

/** The model's time from metadata's `time` object. */
const timeFrom = (time: Record<string, unknown>) =>
  timeSpanFrom(timePart(time, 'start'), timePart(time, 'end'), timePart(time, 'precision'), timePart(time, 'text'));

/** A node from its object (its id the key it is listed under), or null when the general path must read it. */
export function nodeFromAppObject(node: Record<string, unknown>, id: string): Record<string, unknown> | null {
  const label = node['label'];
  if (typeof label !== 'string' || label === '') return null;
  const metadata = node['metadata'];
  let type: unknown = typeof node['type'] === 'string' ? node['type'] : undefined; // the spec's own examples put it beside label
  let aliases: unknown, qid: unknown, description: unknown;
  let time: Record<string, unknown> | null = null;
  let position: { x: number; y: number } | null = null;
  const attributes = emptyAttributes();
  let nulls: NullNames | undefined = null;
  if (isRecord(metadata)) {
    for (const key in metadata) {
      const value = metadata[key];
      if ((key === 'type' || key === 'qid' || key === 'description') && (value === null || isScalar(value))) {
        if (key === 'type') type = value;
        else if (key === 'qid') qid = value;
        else description = value;
      } else if (key === 'aliases') aliases = value;
      else if (key === 'time' && isRecord(value)) time = timeFrom(value);
      else if (key === 'position' && isRecord(value)) {
        const { x, y } = value;
        if (typeof x === 'number' && typeof y === 'number') position = { x, y };
      } else if (key === 'attributes' && isRecord(value)) nulls = attributesObject(attributes, nulls, value);
      else nulls = attribute(attributes, nulls, key, value);
      if (nulls === undefined) return null;
    }
  }
  if (typeof type !== 'string' || !isActorType(type)) return null;
  const nodeQid = optionalText(qid);
  const nodeDescription = optionalText(description);
  if (nodeQid === undefined || nodeDescription === undefined) return null;
  const list = parsedList(aliases);
  const built = {
    id,
    label,
    type,
    aliases: Array.isArray(list) ? list.filter((a): a is string => typeof a === 'string' && a !== '') : [],
    qid: nodeQid || null,
    description: nodeDescription,
    time,
    position,
    attributes,
  };
  return nulls === null ? built : addNullAttributes(built, nulls);
}

/** An edge from its object (id, ends and direction already read), or null when the general path must read it. */
export function edgeFromAppObject(edge: Record<string, unknown>, id: string, source: string, target: string, directed: boolean): Record<string, unknown> | null {
  const type = edge['relation'];
  if (typeof type !== 'string' || type === '' || toRelationType(type) !== type) return null;
  const metadata = edge['metadata'];
  let cameo: unknown, goldstein: unknown, stance: unknown, confidence: unknown, evidence: unknown, note: unknown;
  let time: Record<string, unknown> | null = null;
  const attributes = emptyAttributes();
  let nulls: NullNames | undefined = null;
  if (isRecord(metadata)) {
    for (const key in metadata) {
      const value = metadata[key];
      const known = key === 'cameo' || key === 'goldstein' || key === 'stance' || key === 'confidence' || key === 'note';
      if (known && (value === null || isScalar(value))) {
        if (key === 'cameo') cameo = value;
        else if (key === 'goldstein') goldstein = value;
        else if (key === 'stance') stance = value;
        else if (key === 'confidence') confidence = value;
        else note = value;
      } else if (key === 'evidence') evidence = value;
      else if (key === 'time' && isRecord(value)) time = timeFrom(value);
      else if (key === 'attributes' && isRecord(value)) nulls = attributesObject(attributes, nulls, value);
      else nulls = attribute(attributes, nulls, key, value);
      if (nulls === undefined) return null;
    }
  }
  // A label other than the type's own is kept as the attribute "label", after those of the metadata.
  const label = edge['label'];
  if (typeof label === 'string' && label !== type && label !== relationTypeLabel(type)) putAttribute(attributes, 'label', label);
  const built = appEdge(id, source, target, { type, directed, cameo, goldstein, stance, time, confidence, evidence, note, attributes });
  if (built === null) return null;
  return nulls === null ? built : addNullAttributes(built, nulls);
}
