import type { Precision, TimeSpan } from '../../model/schema';

/**
 * Times as GEXF spells. Gephi's timeline needs calendar days, so a span becomes the days it covers:
 * year 2022 → 2022-01-01..2022-12-31, month 2022-09 → 2022-09-01..2022-09-30. Read back, day bounds
 * that cover whole years or months give that precision again. (The writer also keeps time_start,
 * time_precision, … as attributes, so its own files read back exactly; spells are for others.)
 */
export interface Spell {
  readonly start: string;
  readonly end: string;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day a partial date covers. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a partial date covers. */
export function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-${pad(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7))))}`;
  return date;
}

export function spellOf(time: TimeSpan): Spell {
  return { start: firstDay(time.start), end: lastDay(time.end ?? time.start) };
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** "2022-09-30" or "2022-09-30T12:00:00" → its calendar day, if it is a real one. */
export function calendarDay(value: string): string | null {
  const m = DAY.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

interface FoundTime {
  readonly start: string;
  readonly end?: string;
  readonly precision: Precision;
}

/** Day bounds → the coarsest time span that says the same; null if they are not calendar days. */
export function timeOfSpell(start: string | null, end: string | null): FoundTime | null {
  const from = calendarDay(start ?? end ?? '');
  const to = calendarDay(end ?? start ?? '');
  if (from === null || to === null || to < from) return null;
  const span = (a: string, b: string, precision: Precision): FoundTime => (a === b ? { start: a, precision } : { start: a, end: b, precision });
  if (from.endsWith('-01-01') && to.endsWith('-12-31')) return span(from.slice(0, 4), to.slice(0, 4), 'year');
  if (from.endsWith('-01') && lastDay(to.slice(0, 7)) === to) return span(from.slice(0, 7), to.slice(0, 7), 'month');
  return span(from, to, 'day');
}
