// JSON helpers shared by the Cytoscape.js and JGF readers and writers.
import { parseJsonText, stripBom } from '../../io/jsonText';
import { jsonDepthExceeds, MAX_JSON_DEPTH, valueDepthExceeds } from '../../io/nativeFormat';
import { reportError, type ReportItem } from '../report';

/** JSON text → value, or the error to report (line and column, depth limit) as the native reader does. */
export function parseJsonDocument(text: string): { ok: true; value: unknown } | { ok: false; error: ReportItem } {
  const clean = stripBom(text);
  const tooDeep = { ok: false, error: reportError(`The file nests deeper than ${MAX_JSON_DEPTH} levels; a graph file never does.`) } as const;
  // Parsed first (JSON.parse copes with any depth), then the depth is checked on the value; only a
  // text that does not parse is scanned, so that a deep and broken file is reported as deep.
  const parsed = parseJsonText(clean);
  if (!parsed.ok) return jsonDepthExceeds(clean, MAX_JSON_DEPTH) ? tooDeep : { ok: false, error: reportError(parsed.error) };
  return valueDepthExceeds(parsed.value, MAX_JSON_DEPTH) ? tooDeep : { ok: true, value: parsed.value };
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object without prototype whose keys, "__proto__" included, are plain data and serialise as such. */
export function dict(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

export function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Own value of a key of parsed JSON ("__proto__" is an own key there, not the prototype). */
export function own(source: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined;
}

/** Ids in JSON files are strings; cytoscape.js and JGF files from other tools may use numbers. */
export function idOf(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}
