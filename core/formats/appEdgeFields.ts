import { emptyAttributes, NO_ATTRIBUTES, optionalText, parsedList, putAttribute } from './appElementParts';
import { isStance, timeSpanFrom, toRelationType } from './flatAttributes';

// The end every direct path shares (cyjs/appElementData.ts, jgf/appMetadata.ts,
// graphml/appEdgeData.ts): the relation built from fields as this app writes them, checked as
// unflattenEdge would read them.

/** A relation's fields as a direct path found them, before the checks. */
export interface AppEdgeFields {
  readonly type: unknown;
  readonly directed: boolean;
  readonly cameo: unknown;
  readonly goldstein: unknown;
  readonly stance: unknown;
  readonly time: Record<string, unknown> | null;
  readonly confidence: unknown;
  readonly evidence: unknown;
  readonly note: unknown;
  readonly attributes: Readonly<Record<string, unknown>>;
}

/**
 * The relation unflattenEdge gives for these fields (same values, keys in the schema's order), or null
 * where it would note something or read them otherwise: a type to rewrite, no known stance or no
 * confidence, a value of another type. The caller then takes the general path.
 */
export function appEdge(id: string, source: string, target: string, fields: AppEdgeFields): Record<string, unknown> | null {
  const { type, stance, confidence, goldstein } = fields;
  if (typeof type !== 'string' || type === '') return null;
  // The cache's string, equal to the file's: one string shared by every relation of the type, and
  // none cut from the file's text (see ownStrings.ts).
  const relationType = toRelationType(type);
  if (relationType !== type) return null;
  if (typeof stance !== 'string' || !isStance(stance) || typeof confidence !== 'number') return null;
  if (goldstein !== undefined && goldstein !== null && typeof goldstein !== 'number') return null;
  const cameo = optionalText(fields.cameo);
  const note = optionalText(fields.note);
  if (cameo === undefined || note === undefined) return null;
  const evidence = parsedList(fields.evidence);
  return {
    id,
    source,
    target,
    type: relationType,
    directed: fields.directed,
    // A file with a known stance was written by this app: no CAMEO code or score means none.
    cameo: cameo || null,
    goldstein: goldstein ?? null,
    stance,
    time: fields.time,
    confidence,
    evidence: Array.isArray(evidence) ? evidence : [],
    note,
    attributes: fields.attributes,
  };
}

/** The flat names of a relation's fields, in the slots FoundEdgeFields.put takes. */
const FIELD_SLOTS: readonly string[] = ['type', 'directed', 'cameo', 'goldstein', 'stance', 'confidence', 'evidence', 'note', 'time_start', 'time_end', 'time_precision', 'time_text'];
export const NO_FIELD = -1;

/** The slot of a relation field's flat name, or NO_FIELD. A reader looks it up once per declared key. */
export function edgeFieldSlot(name: string): number {
  return FIELD_SLOTS.indexOf(name);
}

/**
 * A relation's flat fields as a direct path meets them, by the model's flat names (flatAttributes.ts):
 * each takes the last value given for it, as a reader's map of values would.
 */
export class FoundEdgeFields {
  type: unknown;
  directed: unknown;
  cameo: unknown;
  goldstein: unknown;
  stance: unknown;
  confidence: unknown;
  evidence: unknown;
  note: unknown;
  start: unknown;
  end: unknown;
  precision: unknown;
  words: unknown;
  /** User attributes, made on the first (most relations have none: they share NO_ATTRIBUTES). */
  private attributes: Record<string, unknown> | null = null;

  /** Sets (or overwrites in its place) one user attribute. */
  putAttribute(name: string, value: unknown): void {
    putAttribute((this.attributes ??= emptyAttributes()), name, value);
  }

  /** Takes the value when the name is a field's; false for any other name. */
  take(name: string, value: unknown): boolean {
    const slot = edgeFieldSlot(name);
    if (slot === NO_FIELD) return false;
    this.put(slot, value);
    return true;
  }

  /** Takes the value of the field in this slot (edgeFieldSlot): a switch on a number, not on a name. */
  put(slot: number, value: unknown): void {
    switch (slot) {
      case 0: this.type = value; break;
      case 1: this.directed = value; break;
      case 2: this.cameo = value; break;
      case 3: this.goldstein = value; break;
      case 4: this.stance = value; break;
      case 5: this.confidence = value; break;
      case 6: this.evidence = value; break;
      case 7: this.note = value; break;
      case 8: this.start = value; break;
      case 9: this.end = value; break;
      case 10: this.precision = value; break;
      default: this.words = value;
    }
  }

  /** The relation (see appEdge), or null where the general path must read the fields. */
  edge(id: string, source: string, target: string, directed: boolean, attributes: Readonly<Record<string, unknown>> = this.attributes ?? NO_ATTRIBUTES): Record<string, unknown> | null {
    const time = timeOfTexts(this.start, this.end, this.precision, this.words);
    if (time === undefined) return null;
    const { type, cameo, goldstein, stance, confidence, evidence, note } = this;
    return appEdge(id, source, target, { type, directed, cameo, goldstein, stance, time, confidence, evidence, note, attributes });
  }
}

/** The time_* values (each a text, absent or null) → the model's time, or undefined when one is not a text. */
export function timeOfTexts(start: unknown, end: unknown, precision: unknown, words: unknown): Record<string, unknown> | null | undefined {
  const s = optionalText(start);
  const e = optionalText(end);
  const p = optionalText(precision);
  const w = optionalText(words);
  if (s === undefined || e === undefined || p === undefined || w === undefined) return undefined;
  return timeSpanFrom(s, e, p, w);
}
