import { CSV_FIELDS, type CsvField, type CsvKind, type CsvMapping } from './mapping';

/** "Source Id", "source_id", "SourceId" → "source id": how headers are compared. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[\s_\-.:]+/g, ' ')
    .trim();
}

// Other names for each field, normalised. Weight has none on purpose: it stays an attribute.
const SYNONYMS: Readonly<Record<CsvField, readonly string[]>> = {
  id: ['id', 'node id', 'edge id', 'relation id', 'key', 'identifier', 'uid'],
  source: ['source', 'from', 'source id', 'source node', 'src', 'node1', 'node 1'],
  target: ['target', 'to', 'target id', 'target node', 'dst', 'tgt', 'node2', 'node 2'],
  label: ['label', 'name', 'title', 'display name', 'node label'],
  type: ['type', 'category', 'kind', 'class', 'node type', 'actor type', 'edge type', 'relation', 'relationship', 'relation type', 'interaction', 'predicate'],
  aliases: ['aliases', 'alias', 'aka', 'also known as', 'other names', 'alternative names'],
  qid: ['qid', 'wikidata', 'wikidata id', 'wikidata qid'],
  description: ['description', 'desc', 'summary'],
  time_start: ['time start', 'start', 'start date', 'begin', 'valid from'],
  time_end: ['time end', 'end', 'end date', 'until', 'valid to'],
  time_precision: ['time precision', 'precision'],
  time_text: ['time text'],
  date: ['date', 'time', 'year', 'when', 'day', 'timestamp', 'datetime'],
  x: ['x', 'pos x', 'x position'],
  y: ['y', 'pos y', 'y position'],
  stance: ['stance', 'polarity'],
  cameo: ['cameo', 'cameo code', 'event code'],
  goldstein: ['goldstein', 'goldstein scale'],
  confidence: ['confidence', 'certainty'],
  directed: ['directed', 'is directed'],
  evidence: ['evidence'],
  note: ['note', 'notes', 'comment', 'comments', 'remark', 'remarks'],
};

const ALL_NAMES = new Set(Object.values(SYNONYMS).flat());

/**
 * Would a reader guess this header is a field? The writer then writes a user attribute of that name
 * as "attr.<name>", so a file this app wrote reads back with the same columns.
 */
export function looksLikeField(header: string): boolean {
  return ALL_NAMES.has(normaliseHeader(header));
}

const GEPHI_DIRECTION = new Set(['directed', 'undirected', 'mixed']);

/**
 * The mapping a header row suggests. Exact field names win over synonyms, each column serves one
 * field, and "attr.*" columns (this app's user attributes) are never taken. A file with a source and
 * a target column is an edge list. Gephi writes an edge table's direction in a column called "Type"
 * ("Directed", "Undirected"): that column is taken as `directed` when its sample values say so, or,
 * without a sample, when the headers are Gephi's own (Source, Target, Type, no other direction column).
 */
export function guessCsvMapping(headers: readonly string[], kind?: CsvKind, sample?: readonly (readonly string[])[]): CsvMapping {
  const candidates = headers.filter((h) => !h.startsWith('attr.'));
  const used = new Set<string>();
  const take = (names: readonly string[]): string | null => {
    for (const name of names) {
      const header = candidates.find((h) => !used.has(h) && normaliseHeader(h) === name);
      if (header !== undefined) return header;
    }
    return null;
  };
  const detected: CsvKind = kind ?? (take(SYNONYMS.source) !== null && take(SYNONYMS.target) !== null ? 'edges' : 'nodes');
  const fields = CSV_FIELDS[detected];
  const columns: Partial<Record<CsvField, string | null>> = {};

  if (detected === 'edges') {
    const direction = gephiDirectionColumn(headers, candidates, sample);
    if (direction !== null) {
      columns.directed = direction;
      used.add(direction);
    }
  }
  for (const pass of [(f: CsvField) => [normaliseHeader(f)], (f: CsvField) => SYNONYMS[f]]) {
    for (const field of fields) {
      if (columns[field]) continue;
      const header = take(pass(field));
      if (header !== null) {
        columns[field] = header;
        used.add(header);
      }
    }
  }
  for (const field of fields) columns[field] ??= null;
  return { kind: detected, columns };
}

function gephiDirectionColumn(headers: readonly string[], candidates: readonly string[], sample?: readonly (readonly string[])[]): string | null {
  if (candidates.some((h) => SYNONYMS.directed.includes(normaliseHeader(h)))) return null;
  const index = headers.findIndex((h) => candidates.includes(h) && normaliseHeader(h) === 'type');
  if (index < 0) return null;
  const values = (sample ?? []).map((row) => (row[index] ?? '').trim().toLowerCase()).filter((v) => v !== '');
  if (values.length > 0) return values.every((v) => GEPHI_DIRECTION.has(v)) ? headers[index]! : null;
  return headers[index] === 'Type' && headers.includes('Source') && headers.includes('Target') ? 'Type' : null;
}
