import { userAttributeKey, type FlatValue } from '../flatAttributes';
import { ACTOR_TYPES, STANCES } from '../../model/vocabulary';
import type { CsvRowView } from './parseRows';

/**
 * Cell text → typed values. CSV has no types, so the quoting says it (Python's QUOTE_NONNUMERIC
 * convention, which this app's writer follows): a quoted cell is text, an unquoted one is a number
 * or true/false when it reads as one. An unquoted empty cell is no value; a quoted empty one ("")
 * is the empty text (PostgreSQL's CSV convention for NULL versus '').
 */

// Leading zeros make codes, not numbers ("057" is a CAMEO code, "01234" a postcode).
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const LEADING_ZERO = /^[+-]?0\d/;

/** Cell `index` of a row; a cell past the row's end (a short row) is an empty one. */
export function cellText(row: CsvRowView, index: number): string | null {
  if (index >= row.texts.length) return null;
  const raw = row.texts[index]!;
  if (row.quoted[index]) return raw;
  const text = raw.trim();
  return text === '' ? null : text;
}

export function cellValue(row: CsvRowView, index: number): FlatValue | null {
  const text = cellText(row, index);
  if (text === null || row.quoted[index]) return text;
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  if (NUMBER.test(text) && !LEADING_ZERO.test(text)) {
    const n = Number(text);
    if (Number.isFinite(n)) return n;
  }
  return text;
}

/** The flat key of an unmapped column: this app's "attr.x" columns as written, others escaped if reserved. */
export function attributeKeyForHeader(header: string): string {
  return header.startsWith('attr.') ? header : userAttributeKey(header);
}

/** Gephi writes Directed/Undirected; spreadsheets true/false, yes/no, 1/0. */
export function parseDirected(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (['directed', 'true', 'yes', '1'].includes(t)) return true;
  if (['undirected', 'false', 'no', '0'].includes(t)) return false;
  return null;
}

/** A date column: 2023, 2023-02 or 2023-02-28 (a timestamp keeps its day), with its precision. */
export function parseDateCell(text: string): { start: string; precision: 'year' | 'month' | 'day' } | null {
  const m = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01])(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(text.trim());
  if (!m) return null;
  if (m[3] !== undefined) return { start: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' };
  if (m[2] !== undefined) return { start: `${m[1]}-${m[2]}`, precision: 'month' };
  return { start: m[1]!, precision: 'year' };
}

/** Aliases as this app writes them (a JSON list) or as people type them ("Minsk; Belarusian"). */
export function parseAliases(text: string): string[] {
  if (text.trimStart().startsWith('[')) {
    try {
      const list: unknown = JSON.parse(text);
      if (Array.isArray(list)) return list.filter((a): a is string => typeof a === 'string' && a !== '');
    } catch {
      // Not JSON after all: read it as a typed list below.
    }
  }
  return text
    .split(/[;|]/)
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

/** "State" or "Organization" in a spreadsheet means the app's "state" and "organisation". */
export function normaliseActorType(text: string): string {
  const t = text.trim().toLowerCase().replace(/organization/, 'organisation');
  return (ACTOR_TYPES as readonly string[]).includes(t) ? t : text;
}

export function normaliseStance(text: string): string {
  const t = text.trim().toLowerCase();
  return (STANCES as readonly string[]).includes(t) ? t : text;
}

/** The evidence list (a JSON array) in a cell, or null: the column is then kept as an attribute. */
export function jsonList(text: string): unknown[] | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
