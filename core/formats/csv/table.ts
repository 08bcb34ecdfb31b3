import { reportError, reportInfo, type ReportItem } from '../report';
import { detectDelimiter, EMPTY_CELL, parseRows, type CsvCell, type CsvDelimiter, type CsvRow } from './parseRows';

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

export function readTable(input: string): TableResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, problems: [reportError('The file is empty: expected a header row and then one row per element.')] };
  const delimiter = detectDelimiter(text);
  const parsed = parseRows(text, delimiter);
  if (!parsed.ok) return { ok: false, problems: [parsed.error] };
  const [head, ...body] = parsed.rows;
  const problems: ReportItem[] = [];
  const headers = uniqueHeaders(head!.cells, head!.line, problems);
  const rows: CsvRow[] = [];
  const uneven: CsvRow[] = [];
  for (const row of body) {
    // A row of empty cells (",,," from spreadsheets) holds nothing to import.
    if (row.cells.every((cell) => cell.text.trim() === '')) continue;
    // A row of the header's length is kept as it is (no copy per row).
    if (row.cells.length === headers.length) rows.push(row);
    else {
      uneven.push(row);
      rows.push({ cells: headers.map((_, i) => row.cells[i] ?? EMPTY_CELL), line: row.line });
    }
  }
  for (const row of uneven.slice(0, MAX_LISTED_ROWS)) {
    const what = row.cells.length > headers.length ? 'the extra cells are ignored' : 'the missing cells are read as empty';
    problems.push({ level: 'warning', message: `This row has ${row.cells.length} cells and the header ${headers.length}; ${what}.`, line: row.line });
  }
  if (uneven.length > MAX_LISTED_ROWS) {
    problems.push({ level: 'warning', message: `…and ${uneven.length - MAX_LISTED_ROWS} more rows whose cell count differs from the header's.` });
  }
  return { ok: true, table: { delimiter, headers, rows, problems } };
}

/** Unquoted header cells are trimmed (" Source" is Source); quoted ones are kept exactly as written. */
function uniqueHeaders(cells: readonly CsvCell[], line: number, problems: ReportItem[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, i) => {
    let name = cell.quoted ? cell.text : cell.text.trim();
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
