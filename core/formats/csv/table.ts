import { reportError, reportInfo, type ReportItem } from '../report';
import { detectDelimiter, EMPTY_CELL, forEachRow, toCell, type CsvDelimiter, type CsvRow, type CsvRowView } from './parseRows';

/** A CSV file as a header and data rows, with what was odd about it. */
export interface CsvTable {
  readonly delimiter: CsvDelimiter;
  /** Unique column names: a repeated or empty header is renamed (and reported). */
  readonly headers: readonly string[];
  /** Data rows with at least one non-empty cell, padded or cut to the header's length. */
  readonly rows: readonly CsvRow[];
  readonly problems: readonly ReportItem[];
}

export type TableResult = { readonly ok: true; readonly table: CsvTable } | { readonly ok: false; readonly problems: readonly ReportItem[] };

/** Rows whose cell count is off are listed one by one up to this many, then counted. */
const MAX_LISTED_ROWS = 10;

/** What a streamed table is known by once its header is read. */
export interface TableHead {
  readonly delimiter: CsvDelimiter;
  readonly headers: readonly string[];
  /** Reads the data rows again from the first (the same rows streamTable hands over), e.g. to collect a column. */
  readonly rereadRows: (onRow: (row: CsvRowView) => void) => void;
}

export type StreamedTable =
  | { readonly ok: true; readonly delimiter: CsvDelimiter; readonly headers: readonly string[]; readonly problems: readonly ReportItem[] }
  | { readonly ok: false; readonly problems: readonly ReportItem[] };

/**
 * A CSV file read row by row: `onHead` gets the header, then `onRow` each data row with at least one
 * non-empty cell, as it is read (the view is reused: copy what you keep). Rows keep their own length:
 * a missing cell reads as an empty one, extra cells are the caller's to ignore. The problems (odd
 * headers, then rows whose cell count is off) are known at the end. On an error the rows before it
 * have been handed over and the result says only the error.
 */
export function streamTable(input: string, onHead: (head: TableHead) => void, onRow: (row: CsvRowView) => void): StreamedTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, problems: [reportError('The file is empty: expected a header row and then one row per element.')] };
  const delimiter = detectDelimiter(text);
  const problems: ReportItem[] = [];
  let headers: readonly string[] | null = null;
  const unevenRows: { readonly cells: number; readonly line: number }[] = [];
  let unevenCount = 0;
  const dataRows = (onDataRow: (row: CsvRowView) => void) => {
    let first = true;
    return forEachRow(text, delimiter, (row) => {
      if (first) first = false;
      else if (!isEmptyRow(row)) onDataRow(row);
    });
  };
  const error = forEachRow(text, delimiter, (row) => {
    if (headers === null) {
      headers = uniqueHeaders(row, problems);
      onHead({ delimiter, headers, rereadRows: (onDataRow) => void dataRows(onDataRow) });
      return;
    }
    // A row of empty cells (",,," from spreadsheets) holds nothing to import.
    if (isEmptyRow(row)) return;
    if (row.texts.length !== headers.length) {
      if (unevenRows.length < MAX_LISTED_ROWS) unevenRows.push({ cells: row.texts.length, line: row.line });
      unevenCount++;
    }
    onRow(row);
  });
  if (error) return { ok: false, problems: [error] };
  // Not empty (checked above), so the text has a first row: its header.
  const columns = headers!;
  for (const row of unevenRows) {
    const what = row.cells > columns.length ? 'the extra cells are ignored' : 'the missing cells are read as empty';
    problems.push({ level: 'warning', message: `This row has ${row.cells} cells and the header ${columns.length}; ${what}.`, line: row.line });
  }
  if (unevenCount > MAX_LISTED_ROWS) {
    problems.push({ level: 'warning', message: `…and ${unevenCount - MAX_LISTED_ROWS} more rows whose cell count differs from the header's.` });
  }
  return { ok: true, delimiter, headers: columns, problems };
}

/** The whole table at once, each row padded or cut to the header's length: for inspecting a file. */
export function readTable(input: string): TableResult {
  const rows: CsvRow[] = [];
  let width = 0;
  const result = streamTable(
    input,
    (head) => (width = head.headers.length),
    (row) => rows.push({ cells: Array.from({ length: width }, (_, c) => (c < row.texts.length ? toCell(row.texts[c]!, row.quoted[c]!) : EMPTY_CELL)), line: row.line }),
  );
  if (!result.ok) return result;
  return { ok: true, table: { delimiter: result.delimiter, headers: result.headers, rows, problems: result.problems } };
}

function isEmptyRow(row: CsvRowView): boolean {
  for (const text of row.texts) if (text.trim() !== '') return false;
  return true;
}

/** Unquoted header cells are trimmed (" Source" is Source); quoted ones are kept exactly as written. */
function uniqueHeaders(row: CsvRowView, problems: ReportItem[]): string[] {
  const seen = new Set<string>();
  const { line } = row;
  return row.texts.map((text, i) => {
    let name = row.quoted[i] ? text : text.trim();
    if (name === '') {
      name = `column ${i + 1}`;
      problems.push({ ...reportInfo(`Column ${i + 1} has no header; it is called "${name}".`), line });
    }
    if (seen.has(name)) {
      let n = 2;
      while (seen.has(`${name} (${n})`)) n++;
      problems.push({ level: 'warning', message: `The header "${name}" appears more than once; column ${i + 1} is called "${name} (${n})".`, line });
      name = `${name} (${n})`;
    }
    seen.add(name);
    return name;
  });
}
