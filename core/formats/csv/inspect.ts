import type { ReportItem } from '../report';
import { detectDelimiter, type CsvDelimiter } from './parseRows';
import { streamTable } from './table';

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

/**
 * Delimiter (, ; or tab), headers and a sample of a CSV text; a leading BOM is fine. Streamed: only
 * the sample rows are kept (a 100k-row file used to be held whole, a cell object each, to count it).
 */
export function inspectCsv(text: string): CsvInspection {
  let width = 0;
  let rowCount = 0;
  const rows: string[][] = [];
  const result = streamTable(
    text,
    (head) => (width = head.headers.length),
    (row) => {
      rowCount++;
      // Each as long as the headers: padded with empty text or cut, as the table is read.
      if (rows.length < INSPECT_ROWS) rows.push(Array.from({ length: width }, (_, c) => row.texts[c] ?? ''));
    },
  );
  if (!result.ok) {
    return { delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')), headers: [], rows: [], rowCount: 0, problems: result.problems };
  }
  return { delimiter: result.delimiter, headers: result.headers, rows, rowCount, problems: result.problems };
}
