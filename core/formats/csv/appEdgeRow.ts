import { emptyAttributes, NO_ATTRIBUTES, putAttribute } from '../appElementParts';
import { isStance, timeSpanFrom, toRelationType } from '../flatAttributes';
import { cellText, cellValue, jsonList, normaliseStance, parseDirected } from './cellValues';
import type { ResolvedColumns } from './columns';
import type { CsvEdgeField } from './mapping';
import type { CsvRowView } from './parseRows';
import { PRECISIONS } from '../../model/schema';
import { STANCES } from '../../model/vocabulary';

/*
 * The direct path of the edge-list reader: a relation built straight from a row's cells, as this
 * app's files hold them (writeCsv.ts), instead of through rowValues' flat-value store and
 * unflattenEdge, with the texts that repeat over the rows shared (issue 5: parse + validate ≤ 1 s;
 * at 100k relations about a tenth of the read's time, and more of its CPU as the collector's work).
 *
 * edgeFromAppRow gives exactly what rowValues + unflattenEdge give for the same row, or null as soon
 * as either would note something for the import report (a direction or evidence cell it cannot read,
 * no type or one to rewrite, no known stance, no confidence): the reader then takes the general path,
 * which decides and notes. No note is made here, so the report is the same too. A file with a date
 * column always takes the general path (the app never writes one).
 */

/** Where the columns are, found once per file. */
export interface AppEdgeColumns {
  readonly fields: ReadonlyMap<CsvEdgeField, number>;
  /** Attribute columns with the attribute name unflattenEdge gives their flat key ("attr.type" is "type"). */
  readonly attributes: readonly { readonly index: number; readonly name: string }[];
  /** One string per distinct text of the columns that repeat (see `shared`), filled as rows are read. */
  readonly texts: Map<string, string>;
}

/** The row's ends and its relation, whose `id` is the row's (null when it has none: the reader numbers it). */
export interface AppEdgeRow {
  readonly line: number;
  readonly id: string | null;
  readonly source: string | null;
  readonly target: string | null;
  readonly edge: { id: string | null } & Record<string, unknown>;
}

/** The direct path's view of a table's columns, or null when its rows must take the general path. */
export function appEdgeColumns(columns: ResolvedColumns): AppEdgeColumns | null {
  if (columns.fields.has('date')) return null;
  const attributes = columns.attributes.map(({ index, key }) => ({ index, name: key.startsWith('attr.') ? key.slice('attr.'.length) : key }));
  return { fields: columns.fields as ReadonlyMap<CsvEdgeField, number>, attributes, texts: new Map() };
}

/** Distinct texts kept for sharing; past this many a text is kept as its row gave it. */
const MAX_SHARED_TEXTS = 100_000;

/**
 * The string already kept for this text, or this one: for ends, CAMEO codes and start dates, which
 * repeat over the rows. Each row's cell is a new string; the relations kept every one of them, and
 * the collector copied each out of the young generation (a good part of a 100k read's garbage work).
 */
function shared(texts: Map<string, string>, text: string | null): string | null {
  if (text === null) return null;
  const kept = texts.get(text);
  if (kept !== undefined) return kept;
  if (texts.size < MAX_SHARED_TEXTS) texts.set(text, text);
  return text;
}

/** The word of `words` this text is, or the text: stances and precisions shared without a Map lookup. */
function sharedWord(words: readonly string[], text: string | null): string | null {
  if (text === null) return null;
  const at = words.indexOf(text);
  return at < 0 ? text : words[at]!;
}

/** flatAttributes' number() of a text value: the empty text and what is no finite number are none. */
function numberOf(text: string | null): number | null {
  if (text === null || text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** A relation from one row, or null when the general path must read it. */
export function edgeFromAppRow(row: CsvRowView, columns: AppEdgeColumns): AppEdgeRow | null {
  const cell = (field: CsvEdgeField): string | null => {
    const index = columns.fields.get(field);
    return index === undefined ? null : cellText(row, index);
  };
  const type = cell('type');
  if (type === null || type === '') return null;
  // The rewritten type is cached per distinct text: the cache's string serves every row with this type.
  const relationType = toRelationType(type);
  if (relationType !== type) return null;
  const stanceText = cell('stance');
  const stance = stanceText === null ? null : normaliseStance(stanceText);
  if (stance === null || !isStance(stance)) return null;
  const confidence = numberOf(cell('confidence'));
  if (confidence === null) return null;
  const directedText = cell('directed');
  const directed = directedText === null ? true : parseDirected(directedText);
  if (directed === null) return null;
  const evidenceText = cell('evidence');
  const evidence = evidenceText === null ? [] : jsonList(evidenceText);
  if (evidence === null) return null;
  // Without attribute columns, the one shared empty object (the model's attributes are read-only).
  const attributes = columns.attributes.length === 0 ? NO_ATTRIBUTES : emptyAttributes();
  for (const attribute of columns.attributes) {
    const value = cellValue(row, attribute.index);
    if (value !== null) putAttribute(attributes, attribute.name, value);
  }
  const { texts } = columns;
  const id = cell('id');
  const source = shared(texts, cell('source'));
  const target = shared(texts, cell('target'));
  // The same keys in the same order as unflattenEdge's; a known stance means the app wrote the row,
  // so an absent CAMEO code or score is none (not the vocabulary's).
  const edge = {
    id,
    source,
    target,
    type: relationType,
    directed,
    cameo: shared(texts, cell('cameo')) || null,
    goldstein: numberOf(cell('goldstein')),
    stance: sharedWord(STANCES, stance),
    time: timeSpanFrom(shared(texts, cell('time_start')), cell('time_end'), sharedWord(PRECISIONS, cell('time_precision')), cell('time_text')),
    confidence,
    evidence,
    note: cell('note'),
    attributes,
  };
  return { line: row.line, id, source, target, edge };
}
