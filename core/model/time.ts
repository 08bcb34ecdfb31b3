import type { TimeSpan } from './schema';

/** Inclusive day bounds of a time span: "2022-09" covers 2022-09-01 to 2022-09-30. */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function firstDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return `${date}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  }
  return date;
}

export function spanDays(span: TimeSpan): DayRange {
  return { from: firstDay(span.start), to: lastDay(span.end ?? span.start) };
}

/** Do two inclusive day ranges share at least one day? ISO dates compare as strings. */
export function rangesOverlap(a: DayRange, b: DayRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** Human form of a span: "2023-02-28 – 2023-03-02 (day)". */
export function formatSpan(span: TimeSpan): string {
  const range = span.end && span.end !== span.start ? `${span.start} – ${span.end}` : span.start;
  return `${range} (${span.precision} precision)`;
}
