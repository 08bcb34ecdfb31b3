import { describe, expect, it } from 'vitest';
import { forEachRow, parseRows, type CsvDelimiter } from './parseRows';
import { readTable, streamTable, type TableHead } from './table';

/** What forEachRow hands over, copied as it comes (the view is reused), and the error if any. */
function streamed(text: string, delimiter: CsvDelimiter = ',') {
  const rows: [number, string[]][] = [];
  const error = forEachRow(text, delimiter, (row) => rows.push([row.line, row.texts.map((t, i) => (row.quoted[i] ? `"${t}"` : t))]));
  return { rows, error };
}

function collected(text: string, delimiter: CsvDelimiter = ',') {
  const parsed = parseRows(text, delimiter);
  const rows = parsed.ok ? parsed.rows.map((r): [number, string[]] => [r.line, r.cells.map((c) => (c.quoted ? `"${c.text}"` : c.text))]) : null;
  return { rows, error: parsed.ok ? null : parsed.error };
}

describe('forEachRow (streaming) and parseRows (collecting)', () => {
  const cases: [string, string, [number, string[]][]][] = [
    ['a newline inside quotes', 'a,"b\nc"\nd,e', [[1, ['a', '"b\nc"']], [3, ['d', 'e']]]],
    ['CRLF and a lone CR inside quotes', '"x\r\ny\rz",1\r\n2,3', [[1, ['"x\r\ny\rz"', '1']], [4, ['2', '3']]]],
    ['doubled quotes', '"say ""hi""","""",""""""', [[1, ['"say "hi""', '"""', '""""']]]],
    ['an empty quoted cell and an empty unquoted one', '"",,""\n,""', [[1, ['""', '', '""']], [2, ['', '""']]]],
    ['a trailing delimiter', 'a,b,\n1,2,\n', [[1, ['a', 'b', '']], [2, ['1', '2', '']]]],
    ['no final newline after a quoted cell', 'a\n"b"', [[1, ['a']], [2, ['"b"']]]],
    ['blank lines of every ending', '\r\n\n\ra\r\n\r\n\nb', [[4, ['a']], [7, ['b']]]],
    ['a lone quoted empty cell on its own line (a row, not a blank line)', 'a\n""\nb', [[1, ['a']], [2, ['""']], [3, ['b']]]],
  ];
  for (const [what, text, rows] of cases) {
    it(`gives the same rows for ${what}`, () => {
      expect(streamed(text)).toEqual({ rows, error: null });
      expect(collected(text)).toEqual({ rows, error: null });
    });
  }

  it('reads tab and semicolon delimiters the same way', () => {
    const tab = 'a\t"b\t"\n1\t2';
    expect(streamed(tab, '\t').rows).toEqual([[1, ['a', '"b\t"']], [2, ['1', '2']]]);
    expect(collected(tab, '\t').rows).toEqual(streamed(tab, '\t').rows);
    expect(collected('a;b,c', ';').rows).toEqual(streamed('a;b,c', ';').rows);
  });

  const errors: [string, string, { line: number; column: number; message: string }][] = [
    ['a quoted cell never closed', 'a,b\n1,"x\ny', { line: 2, column: 3, message: 'Not valid CSV: the quoted cell that starts here is never closed.' }],
    ['text after a closing quote', 'a,b\r\n"x\r\n"y,2', { line: 3, column: 2, message: 'Not valid CSV: unexpected "y" after the closing quote of a quoted cell (a quote inside a quoted cell is written twice: "").' }],
    ['a quote in an unquoted cell', 'a,b\n1,x"y', { line: 2, column: 4, message: 'Not valid CSV: a quote inside an unquoted cell (put the cell in quotes and write each quote in it twice).' }],
  ];
  for (const [what, text, error] of errors) {
    it(`reports ${what} at the same place, after handing over the rows before it`, () => {
      const stream = streamed(text);
      expect(stream.rows).toEqual([[1, ['a', 'b']]]);
      expect(stream.error).toMatchObject({ level: 'error', ...error });
      expect(collected(text)).toEqual({ rows: null, error: stream.error });
    });
  }
});

describe('streamTable (streaming) and readTable (collecting)', () => {
  it('skips the BOM, the header and rows of empty cells, and hands over short and long rows as they are', () => {
    const text = '\uFEFFid,name\n1,a\n ,""\n2\n3,c,extra\n';
    const rows: [number, string[]][] = [];
    let headers: readonly string[] = [];
    const result = streamTable(text, (head) => (headers = head.headers), (row) => rows.push([row.line, [...row.texts]]));
    expect(headers).toEqual(['id', 'name']);
    expect(rows).toEqual([[2, ['1', 'a']], [4, ['2']], [5, ['3', 'c', 'extra']]]);
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([
      [4, 'This row has 1 cells and the header 2; the missing cells are read as empty.'],
      [5, 'This row has 3 cells and the header 2; the extra cells are ignored.'],
    ]);
    const table = readTable(text);
    if (!table.ok) throw new Error('readTable failed');
    expect(table.table.rows.map((r) => [r.line, r.cells.map((c) => c.text)])).toEqual([[2, ['1', 'a']], [4, ['2', '']], [5, ['3', 'c']]]);
    expect(table.table.problems).toEqual(result.problems);
  });

  it('reads the data rows again from the first when asked from inside a row, and goes on where it was', () => {
    const again: string[] = [];
    const seen: string[] = [];
    let head: TableHead | null = null;
    streamTable(
      'x\n1\n\n2\n3',
      (h) => (head = h),
      (row) => {
        seen.push(row.texts[0]!);
        if (row.texts[0] === '2') head!.rereadRows((r) => again.push(`${r.line}:${r.texts[0]!}`));
      },
    );
    expect(again).toEqual(['2:1', '4:2', '5:3']);
    expect(seen).toEqual(['1', '2', '3']);
  });
});
