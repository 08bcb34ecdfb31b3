import type { TimeSpan } from '../../core/model/schema';

/** "2023", "2023-02" or "2023-02-28" (and an optional end) → a span whose precision the form gives. */
export function spanFromInputs(start: string, end: string): TimeSpan | null {
  const s = start.trim();
  if (s === '') return null;
  const precision = s.length === 4 ? 'year' : s.length === 7 ? 'month' : 'day';
  const e = end.trim();
  return e === '' ? { start: s, precision } : { start: s, end: e, precision };
}
