import type { TextSpan } from './types';

/**
 * Abbreviations whose period does not end a sentence (compared without the period, case-insensitive).
 * Initialisms with inner periods ("U.S.", "U.N.") are caught by their shape instead.
 */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'gov', 'sen', 'rep', 'st', 'mt',
    'jr', 'sr', 'no', 'vs', 'etc', 'approx', 'inc', 'ltd', 'corp', 'co', 'dept', 'est',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
);

/** A word followed by its period: "Feb." or "U.S." */
function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)\.$/u.exec(before)?.[1];
  if (word === undefined) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, U.N, e.g
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits text into sentences with offsets into it. A sentence ends at . ! ? (and any closing quote
 * or bracket after it) followed by space and an upper-case letter, digit or opening quote — unless the
 * period belongs to an abbreviation or initialism — and at every line break, since headlines and
 * list items carry no final period.
 */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const push = (start: number, end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed.length > 0) spans.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  };
  let start = 0;
  const boundary = /[.!?]+["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\d])|\n/gu;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && m[0].startsWith('.') && m[0].length === 1 && endsWithAbbreviation(text.slice(start, end))) continue;
    push(start, m[0] === '\n' ? m.index : end);
    start = end;
  }
  push(start, text.length);
  return spans;
}
