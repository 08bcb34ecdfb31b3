import type { ImportResult } from '../finalizeImport';
import type { FormatModule, Progress } from '../formatModule';
import { reportInfo } from '../report';
import { guessCsvMapping } from './guessMapping';
import { csvLosses } from './losses';
import type { CsvMapping } from './mapping';
import { readCsvSources, type ChosenMapping } from './readTables';
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

/** Rows a single file's mapping is guessed from (their values tell codes from numbers, say). */
const GUESS_SAMPLE_ROWS = 50;

/** One file, columns guessed: an edge list if it has source and target columns, else a node list. */
function readCsv(text: string, fileName: string, progress?: Progress): ImportResult {
  const source = { text, sampleRows: GUESS_SAMPLE_ROWS, choose: (headers: readonly string[], sample: readonly (readonly string[])[]) => guessCsvMapping(headers, undefined, sample) };
  const lead = (chosen: readonly ChosenMapping[]) => chosen.map(({ headers, mapping }) => reportInfo(describeGuess(headers, mapping)));
  return readCsvSources([source], titleFromFileName(fileName), lead, progress);
}

function describeGuess(headers: readonly string[], mapping: CsvMapping): string {
  const mapped = Object.entries(mapping.columns).flatMap(([field, header]) => (header ? [`${field} = "${header}"`] : []));
  const taken = new Set(Object.values(mapping.columns));
  const rest = headers.filter((h) => !taken.has(h));
  return `Read as ${mapping.kind === 'edges' ? 'an edge list' : 'a node list'}: ${mapped.join(', ') || 'no known columns'}` +
    (rest.length > 0 ? `; kept as attributes: ${rest.join(', ')}.` : '.');
}

export const csvFormat: FormatModule = {
  id: 'csv',
  read: readCsv,
  write: writeCsv,
  losses: csvLosses,
  sniff: (head) => /[,;\t]/.test(head.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? ''),
};
