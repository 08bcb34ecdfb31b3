import type { CsvKind, CsvMapping } from '../../core/formats/csv/mapping';

/**
 * The column mapping an analyst chose, remembered per set of headers: the next file with the same
 * columns opens with the same choice (localStorage; nothing leaves the machine).
 */
const PREFIX = 'kg-explorer.csv-mapping.';

function key(kind: CsvKind, headers: readonly string[]): string {
  return `${PREFIX}${kind}.${JSON.stringify(headers)}`;
}

export function rememberedMapping(kind: CsvKind, headers: readonly string[]): CsvMapping | null {
  try {
    const raw = window.localStorage.getItem(key(kind, headers));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { kind?: unknown; columns?: unknown };
    if (parsed.kind !== kind || typeof parsed.columns !== 'object' || parsed.columns === null) return null;
    // Only headers this file has: a stale entry cannot point at a missing column.
    const columns: Record<string, string | null> = {};
    for (const [field, header] of Object.entries(parsed.columns as Record<string, unknown>)) {
      columns[field] = typeof header === 'string' && headers.includes(header) ? header : null;
    }
    return { kind, columns };
  } catch {
    return null;
  }
}

export function rememberMapping(mapping: CsvMapping, headers: readonly string[]): void {
  try {
    window.localStorage.setItem(key(mapping.kind, headers), JSON.stringify(mapping));
  } catch {
    // Storage full or disabled: remembering is a convenience, importing still works.
  }
}
