import type { ReportItem } from '../report';
import { attributeKeyForHeader } from './cellValues';
import { CSV_FIELDS, type CsvField, type CsvKind, type CsvMapping } from './mapping';

/** Where each mapped field and each attribute column is in a table. */
export interface ResolvedColumns {
  readonly fields: ReadonlyMap<CsvField, number>;
  /** The same pairs as a list, walked for every row. */
  readonly fieldList: readonly (readonly [CsvField, number])[];
  readonly attributes: readonly { readonly header: string; readonly index: number; readonly key: string }[];
}

/**
 * Applies a mapping to a table's headers. Headers are looked up in a Map, so a column called
 * "__proto__" or "constructor" is a column like any other. A mapped header the file does not have
 * is reported and ignored.
 */
export function resolveColumns(
  headers: readonly string[],
  columns: CsvMapping['columns'],
  kind: CsvKind,
  problems: ReportItem[],
  what: string,
): ResolvedColumns {
  const byHeader = new Map(headers.map((h, i) => [h, i] as const));
  const fields = new Map<CsvField, number>();
  const taken = new Set<number>();
  for (const field of CSV_FIELDS[kind]) {
    const header = columns[field];
    if (header === null || header === undefined) continue;
    const index = byHeader.get(header);
    if (index === undefined) {
      problems.push({ level: 'warning', message: `${what}: there is no column "${header}" for ${field}; it is left empty.` });
    } else {
      fields.set(field, index);
      taken.add(index);
    }
  }
  const attributes = headers.flatMap((header, index) => (taken.has(index) ? [] : [{ header, index, key: attributeKeyForHeader(header) }]));
  return { fields, fieldList: [...fields], attributes };
}
