import { EDGE_FIELDS, flattenEdge, flattenNode, NODE_FIELDS, type FlatRecord, type FlatValue } from '../flatAttributes';
import type { ExportFile, Progress, WriteOptions } from '../formatModule';
import type { GraphFile } from '../../model/schema';
import { looksLikeField } from './guessMapping';

/**
 * Two RFC 4180 files, CRLF line ends, a header row each. Text cells are always quoted and numbers and
 * true/false never are, so a reader tells "1" (text) from 1 (number) and "" (empty text) from an
 * empty cell (no value): see cellValues.ts. Structured fields are the flat columns of
 * flatAttributes.ts (aliases and evidence as JSON text, time as time_* columns).
 */
export function writeCsv(graph: GraphFile, options: WriteOptions, progress?: Progress): ExportFile[] {
  const nodeRecords = graph.nodes.map((n) => [n.id, flattenNode(n)] as const);
  const edgeRecords = graph.edges.map((e) => [[e.id, e.source, e.target], flattenEdge(e)] as const);
  const nodeKeys = ['id', ...NODE_FIELDS.map((f) => f.key)];
  const edgeKeys = ['id', 'source', 'target', ...EDGE_FIELDS.map((f) => f.key)];
  const nodeExtra = attributeKeys(nodeRecords.map(([, r]) => r), nodeKeys);
  const edgeExtra = attributeKeys(edgeRecords.map(([, r]) => r), edgeKeys);
  const nodeRows = nodeRecords.map(([id, r]) => [id, ...cells(r, nodeKeys.slice(1)), ...cells(r, nodeExtra)]);
  const edgeRows = edgeRecords.map(([ends, r]) => [...ends, ...cells(r, edgeKeys.slice(3)), ...cells(r, edgeExtra)]);
  // Rows are about half of the work; the text of the two files the rest, mostly the relations'.
  progress?.(0.5);
  const mime = 'text/csv';
  const nodes = { suffix: '.nodes.csv', text: toCsv([[...nodeKeys, ...nodeExtra.map(header)], ...nodeRows], options), mime };
  progress?.(0.6);
  return [nodes, { suffix: '.edges.csv', text: toCsv([[...edgeKeys, ...edgeExtra.map(header)], ...edgeRows], options), mime }];
}

/** User attribute columns in the order they first appear. */
function attributeKeys(records: readonly FlatRecord[], reserved: readonly string[]): string[] {
  const known = new Set(reserved);
  const keys = new Set<string>();
  for (const record of records) for (const key of record.keys()) if (!known.has(key)) keys.add(key);
  return [...keys];
}

/**
 * A user attribute whose name a reader would take for a field ("from", "date", "Type") is written as
 * "attr.<name>", which readers keep as the attribute <name>; flatAttributes already does this for
 * the model's own field names.
 */
function header(key: string): string {
  return !key.startsWith('attr.') && looksLikeField(key) ? `attr.${key}` : key;
}

const cells = (record: FlatRecord, keys: readonly string[]): (FlatValue | null)[] => keys.map((k) => record.get(k) ?? null);

/** RFC 4180 quoting: every text cell in quotes, quotes inside doubled; CRLF after every record. */
function toCsv(rows: readonly (readonly (FlatValue | null)[])[], options: WriteOptions): string {
  const neutralise = options.neutraliseFormulas === true;
  return rows.map((row) => row.map((value) => cell(value, neutralise)).join(',')).join('\r\n') + '\r\n';
}

// OWASP CSV injection: = + - @ tab CR start a formula in spreadsheets; Apple Numbers also reads their
// full-width forms (＝ ＋ － ＠) as such.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

function cell(value: FlatValue | null, neutralise: boolean): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value); // -2 is a number, not a formula: never prefixed
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutralise && FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}
