import * as chrono from 'chrono-node';
import type { TimeSpan } from '../model/schema';
import type { TextSpan } from './types';

/** A time expression found in the text, resolved against the publication date. */
export interface DateMention {
  readonly span: TextSpan;
  readonly time: TimeSpan;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The publication date as the reference instant (noon UTC, so no time zone moves the day). */
function referenceOf(published: string | null): Date | null {
  if (published === null) return null;
  const [y, m = 1, d = 1] = published.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(y, m - 1, d, 12));
}

type Components = chrono.ParsedComponents;

function format(c: Components, precision: TimeSpan['precision']): string {
  const y = String(c.get('year'));
  if (precision === 'year') return y;
  if (precision === 'month') return `${y}-${pad(c.get('month') ?? 1)}`;
  return `${y}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
}

/** Precision of what the words say: "Friday" and "February 28" name a day, "September" a month. */
function precisionOf(c: Components): TimeSpan['precision'] {
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  return 'year';
}

const MAYBE_DATE =
  /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(year|month|week|today|yesterday|tomorrow|tonight|ago)\b/i;
const YEAR_SHIFT = /^\s*(last|this|next) year\b/i;
const LEADING_PREPOSITION = /\b(in|on|from|since|during|until|by)\s+$/i;
const BARE_YEAR = /\b(?:in|since|during|until|by|of)\s+((?:19|20)\d{2})\b(?![-/\d])/gi;

/**
 * Finds dates in `text` (a sentence starting at `offset` in the article) and resolves them against the
 * publication date with chrono-node, then fixes what chrono reads apart or not at all: "September
 * last year" is one month, "in 2022" a year. Without a publication date only dates that name their
 * year are kept: "on Friday" cannot be placed.
 */
export function findDates(text: string, offset: number, published: string | null): DateMention[] {
  // chrono is the slowest step of extraction; most sentences name no time at all.
  if (!MAYBE_DATE.test(text)) return [];
  const reference = referenceOf(published);
  const results = chrono.parse(text, reference === null ? undefined : { instant: reference, timezone: 0 }, { forwardDate: false });
  const found: DateMention[] = [];
  const consumed: Array<[number, number]> = [];
  for (let i = 0; i < results.length; i++) {
    const result = results[i]!;
    let start = result.index;
    let end = result.index + result.text.replace(/[\s,.;:]+$/, '').length;
    let precision = precisionOf(result.start);
    let startText = format(result.start, precision);
    let endText = result.end ? format(result.end, precisionOf(result.end)) : undefined;
    // "September last year": chrono reads two expressions; the year words set the month's year.
    const shift = YEAR_SHIFT.exec(text.slice(end));
    if (precision === 'month' && !result.start.isCertain('year') && shift && reference !== null) {
      const delta = shift[1]!.toLowerCase() === 'last' ? -1 : shift[1]!.toLowerCase() === 'next' ? 1 : 0;
      startText = `${reference.getUTCFullYear() + delta}-${pad(result.start.get('month') ?? 1)}`;
      end += shift[0].length;
      if (results[i + 1] && results[i + 1]!.index < end) i++;
    } else if (!result.start.isCertain('year') && reference === null) {
      continue;
    }
    if (/^(last|this|next) (month|week)$/i.test(result.text.trim())) precision = result.text.includes('month') ? 'month' : 'day';
    if (precision === 'month') startText = startText.slice(0, 7);
    const before = LEADING_PREPOSITION.exec(text.slice(0, start));
    if (before) start -= before[0].length;
    if (endText !== undefined && (endText.length !== startText.length || endText < startText)) endText = undefined;
    const words = text.slice(start, end);
    found.push({
      span: { start: offset + start, end: offset + end, text: words },
      time: { start: startText, ...(endText !== undefined && endText !== startText ? { end: endText } : {}), precision, text: words },
    });
    consumed.push([start, end]);
  }
  for (let m = BARE_YEAR.exec(text); m !== null; m = BARE_YEAR.exec(text)) {
    const at = m.index;
    if (consumed.some(([s, e]) => at < e && s < at + m![0].length)) continue;
    found.push({ span: { start: offset + at, end: offset + at + m[0].length, text: m[0] }, time: { start: m[1]!, precision: 'year', text: m[0] } });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
