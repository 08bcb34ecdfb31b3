/**
 * Which CSV column holds which field of the model. The UI shows the guess and lets the user change it;
 * columns no field takes become user attributes under their header's name.
 */
export const CSV_NODE_FIELDS = [
  'id',
  'label',
  'type',
  'aliases',
  'qid',
  'description',
  'time_start',
  'time_end',
  'time_precision',
  'time_text',
  'date',
  'x',
  'y',
] as const;

export const CSV_EDGE_FIELDS = [
  'id',
  'source',
  'target',
  'type',
  'stance',
  'cameo',
  'goldstein',
  'confidence',
  'directed',
  'time_start',
  'time_end',
  'time_precision',
  'time_text',
  'date',
  'evidence',
  'note',
] as const;

export type CsvNodeField = (typeof CSV_NODE_FIELDS)[number];
export type CsvEdgeField = (typeof CSV_EDGE_FIELDS)[number];
export type CsvField = CsvNodeField | CsvEdgeField;
export type CsvKind = 'nodes' | 'edges';

export interface CsvMapping {
  readonly kind: CsvKind;
  /** Field → header. A field that is missing or null is not in the file; fields of the other kind are ignored. */
  readonly columns: Readonly<Partial<Record<CsvField, string | null>>>;
}

export const CSV_FIELDS: Readonly<Record<CsvKind, readonly CsvField[]>> = { nodes: CSV_NODE_FIELDS, edges: CSV_EDGE_FIELDS };

/** Labels for the mapping step of the UI. */
export const CSV_FIELD_LABELS: Readonly<Record<CsvField, string>> = {
  id: 'Id',
  label: 'Label (name)',
  type: 'Type',
  aliases: 'Aliases (JSON list, or separated by ; or |)',
  qid: 'Wikidata QID',
  description: 'Description',
  time_start: 'Time: start',
  time_end: 'Time: end',
  time_precision: 'Time: precision (year, month, day)',
  time_text: 'Time: words of the source',
  date: 'Date (2023, 2023-02 or 2023-02-28)',
  x: 'Position x',
  y: 'Position y',
  source: 'Source (from)',
  target: 'Target (to)',
  stance: 'Stance (cooperative, neutral, conflictual)',
  cameo: 'CAMEO code',
  goldstein: 'Goldstein score',
  confidence: 'Confidence (0–1)',
  directed: 'Directed (true/false, Directed/Undirected)',
  evidence: 'Evidence (JSON list)',
  note: 'Note',
};
