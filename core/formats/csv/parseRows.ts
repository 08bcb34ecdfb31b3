import { parseCsv } from './csvLibs';
import { reportError, type ReportItem } from '../report';
import { findQuoteProblem } from './quoteProblem';
import { TextCursor } from './textCursor';

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

/** Records of a CSV text (no BOM) with their lines; a quoting error names line and column. */
export function parseRows(text: string, delimiter: CsvDelimiter): ParsedRows {
  const ends: number[] = [];
  let records: CsvCell[][];
  try {
    records = parseCsv<CsvCell>(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      cast: (value, context) => ({ text: value, quoted: context.quoting }),
      on_record: (record, context) => {
        ends.push(context.bytes);
        return record;
      },
    });
  } catch (e) {
    return { ok: false, error: parseError(text, delimiter, ends.at(-1) ?? 0, e) };
  }
  const cursor = new TextCursor(text);
  const rows = records.map((cells, i) => {
    const line = cursor.toByte(i === 0 ? 0 : ends[i - 1]!).skipLineBreaks().position.line;
    return { cells, line };
  });
  return { ok: true, rows };
}

function parseError(text: string, delimiter: CsvDelimiter, lastRecordEnd: number, e: unknown): ReportItem {
  const cursor = new TextCursor(text).toByte(lastRecordEnd).skipLineBreaks();
  const problem = findQuoteProblem(text, cursor.charIndex, delimiter);
  if (problem) return reportError(`Not valid CSV: ${problem.message}.`, cursor.toIndex(problem.index).position);
  // Not a quoting problem: say what csv-parse says, at the start of the record it could not read.
  const reason = e instanceof Error ? e.message.replace(/ at line \d+.*$/, '') : String(e);
  return reportError(`Not valid CSV: ${reason}.`, cursor.position);
}
