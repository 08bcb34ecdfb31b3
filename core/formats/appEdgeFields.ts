import { optionalText, parsedList } from './appElementParts';
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
  readonly attributes: Record<string, unknown>;
}

/**
 * The relation unflattenEdge gives for these fields (same values, keys in the schema's order), or null
 * where it would note something or read them otherwise: a type to rewrite, no known stance or no
 * confidence, a value of another type. The caller then takes the general path.
 */
export function appEdge(id: string, source: string, target: string, fields: AppEdgeFields): Record<string, unknown> | null {
  const { type, stance, confidence, goldstein } = fields;
  if (typeof type !== 'string' || type === '' || toRelationType(type) !== type) return null;
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
    type,
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

  /** Takes the value when the name is a field's; false for any other name. */
  take(name: string, value: unknown): boolean {
    switch (name) {
      case 'type': this.type = value; return true;
      case 'directed': this.directed = value; return true;
      case 'cameo': this.cameo = value; return true;
      case 'goldstein': this.goldstein = value; return true;
      case 'stance': this.stance = value; return true;
      case 'confidence': this.confidence = value; return true;
      case 'evidence': this.evidence = value; return true;
      case 'note': this.note = value; return true;
      case 'time_start': this.start = value; return true;
      case 'time_end': this.end = value; return true;
      case 'time_precision': this.precision = value; return true;
      case 'time_text': this.words = value; return true;
      default: return false;
    }
  }

  /** The relation (see appEdge), or null where the general path must read the fields. */
  edge(id: string, source: string, target: string, directed: boolean, attributes: Record<string, unknown>): Record<string, unknown> | null {
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
