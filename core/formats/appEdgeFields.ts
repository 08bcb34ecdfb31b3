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

/** The time_* values (each a text, absent or null) → the model's time, or undefined when one is not a text. */
export function timeOfTexts(start: unknown, end: unknown, precision: unknown, words: unknown): Record<string, unknown> | null | undefined {
  const s = optionalText(start);
  const e = optionalText(end);
  const p = optionalText(precision);
  const w = optionalText(words);
  if (s === undefined || e === undefined || p === undefined || w === undefined) return undefined;
  return timeSpanFrom(s, e, p, w);
}
