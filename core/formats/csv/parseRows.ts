import { reportError, type ReportItem } from '../report';

/**
 * An RFC 4180 reader over the JavaScript string, written here rather than taken from csv-parse: that
 * package's browser build (the one a Web Worker can run) carries a Buffer polyfill and took 8–10 s
 * for 100 000 rows once asked for per-cell quoting, its line count is off after a CRLF inside quotes,
 * and its type declarations pull Node's globals into core's type check. This one is a single pass:
 * it knows the line and column of every character, so a quoting mistake is reported where it is.
 */
export type CsvDelimiter = ',' | ';' | '\t';

/** One cell and whether it was quoted: "" (quoted) is an empty text, an unquoted empty cell is no value. */
export interface CsvCell {
  readonly text: string;
  readonly quoted: boolean;
}

export interface CsvRow {
  readonly cells: readonly CsvCell[];
  /** 1-based line where the record starts. */
  readonly line: number;
}

export type ParsedRows = { readonly ok: true; readonly rows: readonly CsvRow[] } | { readonly ok: false; readonly error: ReportItem };

/** The empty unquoted cell: no value. Cells are read-only (CsvCell), so one object serves them all. */
export const EMPTY_CELL: CsvCell = { text: '', quoted: false };

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * A quoted cell, quotes inside it written twice: one native match instead of a step for each
 * character. Its closing quote is not followed by another (a lookahead), so a cell whose last quote
 * is half of a pair is never closed, as RFC 4180 reads it, rather than closed one quote early.
 * Unrolled ([^"]* then ""[^"]* again and again) so that each character can be read one way only: no
 * input makes the match backtrack more than once over it.
 */
const QUOTED_CELL = /"([^"]*(?:""[^"]*)*)"(?!")/y;

/** The text between the quotes of the quoted cell at `at` (doubled quotes not undone), or null when it is never closed. */
function matchQuotedCell(text: string, at: number): string | null {
  QUOTED_CELL.lastIndex = at;
  const match = QUOTED_CELL.exec(text);
  return match === null ? null : match[1]!;
}

/** The delimiter the header line uses most, outside quotes; a comma when it has none. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  const best = (Object.keys(counts) as CsvDelimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] > 0 ? best : ',';
}

/**
 * One record as forEachRow hands it over: the text of each cell and whether it was quoted, side by
 * side. The reader refills the same object for every record, so a consumer copies what it keeps.
 */
export interface CsvRowView {
  readonly texts: readonly string[];
  readonly quoted: readonly boolean[];
  /** 1-based line where the record starts. */
  readonly line: number;
  /** Offset in the text just after the record: how far the reading has come. */
  readonly end: number;
}

interface MutableRowView {
  texts: string[];
  quoted: boolean[];
  line: number;
  end: number;
}

/**
 * Records of a CSV text (no BOM) with the line each starts on, handed to `onRow` one by one as each
 * is read; nothing is kept, so a big file's cells never pile up in memory (holding 1.5 million cell
 * objects until the last row was read cost a second of garbage collection at 100 000 rows). CRLF, LF
 * and a lone CR end a record outside quotes and a line anywhere (as editors count lines). Blank lines
 * are skipped. Rows may differ in length; the caller decides what that means. Returns the error that
 * stopped the reading (the rows before it have been handed over), or null.
 */
export function forEachRow(text: string, delimiter: CsvDelimiter, onRow: (row: CsvRowView) => void): ReportItem | null {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  // One view per call (not per module): a consumer may start another reading from inside onRow.
  const row: MutableRowView = { texts: [], quoted: [], line: 1, end: 0 };
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const fail = (at: number, atLine: number, atLineStart: number, message: string): ReportItem =>
    reportError(`Not valid CSV: ${message}.`, { line: atLine, column: at - atLineStart + 1 });

  for (;;) {
    if (row.texts.length === 0) row.line = line;
    let cellText: string;
    let quoted = false;
    if (i < n && text.charCodeAt(i) === QUOTE) {
      quoted = true;
      const match = matchQuotedCell(text, i);
      if (match === null) return fail(i, line, lineStart, 'the quoted cell that starts here is never closed');
      const from = i + 1;
      i = QUOTED_CELL.lastIndex - 1; // at the closing quote
      // Line ends inside the cell count as lines (rare: most cells are on one line).
      if (match.includes('\n') || match.includes('\r')) {
        for (let k = from; k < i; k++) {
          const c = text.charCodeAt(k);
          if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) {
            line++;
            lineStart = k + 1;
          }
        }
      }
      // Its doubled quotes undone at once: a cell of JSON text (evidence) has dozens.
      const value = match.includes('""') ? match.replaceAll('""', '"') : match;
      i++;
      const next = text.charCodeAt(i);
      if (i < n && next !== d && next !== LF && next !== CR) {
        return fail(i, line, lineStart, `unexpected ${JSON.stringify(text[i])} after the closing quote of a quoted cell (a quote inside a quoted cell is written twice: "")`);
      }
      cellText = value;
    } else {
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === d || c === LF || c === CR) break;
        if (c === QUOTE) return fail(i, line, lineStart, 'a quote inside an unquoted cell (put the cell in quotes and write each quote in it twice)');
        i++;
      }
      cellText = text.slice(start, i);
    }
    row.texts.push(cellText);
    row.quoted.push(quoted);
    if (i < n && text.charCodeAt(i) === d) {
      i++;
      continue;
    }
    // End of record: a line end or the end of the text.
    const blank = row.texts.length === 1 && !quoted && cellText === '';
    row.end = i;
    if (!blank) onRow(row);
    row.texts.length = 0;
    row.quoted.length = 0;
    if (i >= n) break;
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    lineStart = i;
    if (i >= n) break;
  }
  return null;
}

/** A cell as CsvCell: empty unquoted cells (most absent values) share one object rather than one each. */
export function toCell(text: string, quoted: boolean): CsvCell {
  return text === '' && !quoted ? EMPTY_CELL : { text, quoted };
}

/** Every record of a CSV text (no BOM) at once, as forEachRow reads them; for small texts and samples. */
export function parseRows(text: string, delimiter: CsvDelimiter): ParsedRows {
  const rows: CsvRow[] = [];
  const error = forEachRow(text, delimiter, (row) => {
    rows.push({ cells: row.texts.map((cellText, c) => toCell(cellText, row.quoted[c]!)), line: row.line });
  });
  return error ? { ok: false, error } : { ok: true, rows };
}
