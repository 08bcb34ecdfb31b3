import type { ReportItem } from '../report';
import { detectDelimiter, type CsvDelimiter } from './parseRows';
import { readTable } from './table';

/** What the mapping step of the UI shows of a CSV file before it is imported. */
export interface CsvInspection {
  readonly delimiter: CsvDelimiter;
  /** Unique column names (a repeated header is renamed "name (2)"); empty if the file cannot be read. */
  readonly headers: readonly string[];
  /** The first 10 data rows, as text, each as long as `headers`. */
  readonly rows: readonly (readonly string[])[];
  /** Data rows in the file (rows of empty cells not counted). */
  readonly rowCount: number;
  /** Errors (the file cannot be read) and warnings (duplicate headers, uneven rows), with lines. */
  readonly problems: readonly ReportItem[];
}

export const INSPECT_ROWS = 10;

/** Delimiter (, ; or tab), headers and a sample of a CSV text; a leading BOM is fine. */
export function inspectCsv(text: string): CsvInspection {
  const result = readTable(text);
  if (!result.ok) {
    return { delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')), headers: [], rows: [], rowCount: 0, problems: result.problems };
  }
  const { delimiter, headers, rows, problems } = result.table;
  return {
    delimiter,
    headers,
    rows: rows.slice(0, INSPECT_ROWS).map((row) => row.cells.map((cell) => cell.text)),
    rowCount: rows.length,
    problems,
  };
}
