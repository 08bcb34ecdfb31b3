import type { ImportResult } from '../finalizeImport';
import type { FormatModule } from '../formatModule';
import { reportInfo } from '../report';
import { guessCsvMapping } from './guessMapping';
import { csvLosses } from './losses';
import { readParsedTables } from './readTables';
import { readTable } from './table';
import { writeCsv } from './writeCsv';

export { inspectCsv, INSPECT_ROWS, type CsvInspection } from './inspect';
export { guessCsvMapping } from './guessMapping';
export { readCsvTables, type CsvTableInput, type CsvTablesInput } from './readTables';
export {
  CSV_EDGE_FIELDS,
  CSV_FIELD_LABELS,
  CSV_FIELDS,
  CSV_NODE_FIELDS,
  type CsvEdgeField,
  type CsvField,
  type CsvKind,
  type CsvMapping,
  type CsvNodeField,
} from './mapping';
export type { CsvDelimiter } from './parseRows';
export { csvFormulaNote, csvLosses } from './losses';

/** "war.edges.csv" → "war": the graph's title, since CSV has none. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/(\.(nodes|edges))?\.(csv|tsv|txt)$/i, '') || 'Untitled graph';
}

/** One file, columns guessed: an edge list if it has source and target columns, else a node list. */
function readCsv(text: string, fileName: string): ImportResult {
  const result = readTable(text);
  if (!result.ok) return { graph: null, report: result.problems };
  const { table } = result;
  const sample = table.rows.slice(0, 50).map((row) => row.cells.map((cell) => cell.text));
  const mapping = guessCsvMapping(table.headers, undefined, sample);
  const mapped = Object.entries(mapping.columns).flatMap(([field, header]) => (header ? [`${field} = "${header}"`] : []));
  const taken = new Set(Object.values(mapping.columns));
  const rest = table.headers.filter((h) => !taken.has(h));
  const what = `Read as ${mapping.kind === 'edges' ? 'an edge list' : 'a node list'}: ${mapped.join(', ') || 'no known columns'}` +
    (rest.length > 0 ? `; kept as attributes: ${rest.join(', ')}.` : '.');
  return readParsedTables({ [mapping.kind]: { table, mapping }, title: titleFromFileName(fileName) }, [reportInfo(what), ...table.problems]);
}

export const csvFormat: FormatModule = {
  id: 'csv',
  read: readCsv,
  write: writeCsv,
  losses: csvLosses,
  sniff: (head) => /[,;\t]/.test(head.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? ''),
};
