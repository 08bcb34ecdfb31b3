import { ParsedJson, type Notes } from '../flatAttributes';
import type { FlatValues } from '../flatValues';
import { cellText, cellValue, jsonList, normaliseActorType, normaliseStance, parseAliases, parseDateCell, parseDirected } from './cellValues';
import type { ResolvedColumns } from './columns';
import type { CsvKind } from './mapping';
import type { CsvRowView } from './parseRows';

/** One row's id, ends (for edges) and flat values, ready for unflattenNode / unflattenEdge. */
export interface RowValues {
  readonly line: number;
  readonly id: string | null;
  readonly source: string | null;
  readonly target: string | null;
  /** The reader's store, refilled for every row: use it before reading the next row. */
  readonly values: FlatValues;
}

function note(notes: Notes, what: string, id: string): void {
  const list = notes.get(what);
  if (list) list.push(id);
  else notes.set(what, [id]);
}

/**
 * Ids, sources and targets lose surrounding spaces when unquoted ("a, b" files), like every unquoted
 * cell. The values go into `values`, emptied first: one store serves every row of a file.
 */
export function rowValues(
  row: CsvRowView,
  headers: readonly string[],
  columns: ResolvedColumns,
  kind: CsvKind,
  notes: Notes,
  values: FlatValues,
): RowValues {
  values.clear();
  let id: string | null = null;
  let source: string | null = null;
  let target: string | null = null;
  let date: { text: string; header: string } | null = null;
  // Spelled out only for a note, not for every row.
  const where = () => `line ${row.line}`;
  // Indexed over a list, not a Map iterator: no [field, index] pair per cell.
  for (let f = 0; f < columns.fieldList.length; f++) {
    const [field, index] = columns.fieldList[f]!;
    const text = cellText(row, index);
    if (text === null) continue;
    switch (field) {
      case 'id':
        id = text;
        break;
      case 'source':
        source = text;
        break;
      case 'target':
        target = text;
        break;
      case 'date':
        date = { text, header: headers[index]! };
        break;
      case 'aliases':
        values.set('aliases', JSON.stringify(parseAliases(text)));
        break;
      case 'type':
        values.set('type', kind === 'edges' ? text : normaliseActorType(text));
        break;
      case 'stance':
        values.set('stance', normaliseStance(text));
        break;
      case 'directed': {
        const directed = parseDirected(text);
        if (directed === null) note(notes, 'Relations whose direction is not true/false or Directed/Undirected, read as directed', where());
        else values.set('directed', directed);
        break;
      }
      case 'evidence': {
        // Parsed once here and handed over as it is (not parsed again by unflattenEdge).
        const list = jsonList(text);
        if (list !== null) values.set('evidence', new ParsedJson(list));
        else {
          values.set(`attr.evidence`, text);
          note(notes, 'Evidence cells that are not evidence lists (JSON), kept as attribute "evidence"', where());
        }
        break;
      }
      default:
        values.set(field, text);
    }
  }
  if (date !== null && !values.has('time_start')) {
    const parsed = parseDateCell(date.text);
    if (parsed) {
      values.set('time_start', parsed.start);
      values.set('time_precision', parsed.precision);
    } else {
      values.set(`attr.${date.header}`, date.text);
      note(notes, `Dates not written as 2023, 2023-02 or 2023-02-28, kept as attribute "${date.header}"`, where());
    }
  }
  for (const attribute of columns.attributes) {
    const value = cellValue(row, attribute.index);
    if (value !== null) values.set(attribute.key, value);
  }
  return { line: row.line, id, source, target, values };
}
