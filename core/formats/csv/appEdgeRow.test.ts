import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unflattenEdge, type Notes } from '../flatAttributes';
import { FlatValues } from '../flatValues';
import { appEdgeColumns, edgeFromAppRow } from './appEdgeRow';
import { resolveColumns } from './columns';
import { guessCsvMapping } from './guessMapping';
import type { CsvRowView } from './parseRows';
import { rowValues } from './rowValues';

// The direct path must give what the general path (rowValues + unflattenEdge) gives, or step aside:
// rows start as this app writes them and get random cells, quoted or not, in every column, under the
// app's headers plus attribute columns (reserved names, "attr." names, a date column now and then).
const APP_HEADERS = ['id', 'source', 'target', 'type', 'directed', 'cameo', 'goldstein', 'stance', 'time_start', 'time_end', 'time_precision', 'time_text', 'confidence', 'evidence', 'note'];
const APP_ROW: readonly (readonly [string, boolean])[] = [
  ['e1', true], ['n1', true], ['n2', true], ['head_of', true], ['true', false], ['057', true], ['-2', false], ['neutral', true],
  ['2020-01', true], ['', false], ['month', true], ['', false], ['0.5', false], ['[{"sourceId":"s","quote":"q","start":0,"end":1}]', true], ['', false],
];
const EXTRA_HEADERS = ['weight', 'attr.x', 'x', '__proto__', 'attr.type', 'label', 'date', 'Weight'];
const TEXTS = ['', ' ', 'a', 'e1', 'n1', ' n2 ', 'head_of', 'Head Of', 'neutral', 'Neutral ', 'friendly', 'true', 'FALSE', 'Undirected', 'maybe', 'yes', '0', '1', '0.5', ' 0.5', '-2',
  '1e999', 'abc', '057', '2020', '2020-13', 'year', 'Day', '[]', '{}', 'not json', '["b"]', '[{"sourceId":"s","quote":"q","start":0,"end":1}]'];
const CELL = fc.tuple(fc.constantFrom(...TEXTS), fc.boolean());

/** Same JSON text: the same values and the same key order. */
const sameJson = (a: unknown, b: unknown) => expect(JSON.stringify(a)).toBe(JSON.stringify(b));

describe('CSV edge rows as this app writes them, built directly', () => {
  it('a relation: the general path’s result without any note, or null', () => {
    let direct = 0;
    let general = 0;
    fc.assert(
      fc.property(
        fc.subarray(EXTRA_HEADERS),
        fc.array(fc.tuple(fc.nat(APP_HEADERS.length + EXTRA_HEADERS.length - 1), CELL), { maxLength: 4 }),
        fc.nat(3),
        (extra, changes, cut) => {
          const headers = [...APP_HEADERS, ...extra];
          const cells: [string, boolean][] = headers.map((_, c) => (c < APP_ROW.length ? [...APP_ROW[c]!] : ['7', false]));
          for (const [at, cell] of changes) if (at < cells.length) cells[at] = [...cell];
          // A short row now and then: its missing cells are empty.
          const kept = cut === 0 ? cells.slice(0, cells.length - 2) : cells;
          const row: CsvRowView = { texts: kept.map(([t]) => t), quoted: kept.map(([, q]) => q), line: 2, end: 0 };
          const columns = resolveColumns(headers, guessCsvMapping(headers, undefined, []).columns, 'edges', [], 'Edge list');
          const app = appEdgeColumns(columns);
          const built = app === null ? null : edgeFromAppRow(row, app);
          const notes: Notes = new Map();
          const found = rowValues(row, headers, columns, 'edges', notes, new FlatValues());
          if (built === null || found.id === null || found.source === null || found.target === null) {
            general++;
            return;
          }
          direct++;
          expect([built.id, built.source, built.target, built.line]).toEqual([found.id, found.source, found.target, found.line]);
          const expected = unflattenEdge(found.id, found.source, found.target, found.values, true, notes);
          expect(notes.size).toBe(0);
          sameJson(built.edge, expected);
          expect(Object.getPrototypeOf(built.edge['attributes'])).toBe(Object.getPrototypeOf(expected['attributes']));
        },
      ),
      { numRuns: 3000 },
    );
    // Both paths are exercised.
    expect(direct).toBeGreaterThan(600);
    expect(general).toBeGreaterThan(300);
  });
});
