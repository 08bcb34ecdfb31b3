import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseRows } from './parseRows';

const rows = (text: string) => {
  const parsed = parseRows(text, ',');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.rows.map((r) => [r.line, r.cells.map((c) => (c.quoted ? `"${c.text}"` : c.text))]);
};

describe('parseRows', () => {
  it('ends records at CRLF, LF or a lone CR, and counts lines the same way', () => {
    expect(rows('a,b\r\n1,2\n3,4\r5,6')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['3', '4']],
      [4, ['5', '6']],
    ]);
  });

  it('skips blank lines, keeps the line numbers true', () => {
    expect(rows('\r\n\r\na\r\n\r\n"x\r\ny",\r\nz')).toEqual([
      [3, ['a']],
      [5, ['"x\r\ny"', '']],
      [7, ['z']],
    ]);
  });

  it('tells quoted from unquoted cells, and an empty quoted cell from an empty one', () => {
    expect(rows('"",,"a""b",c,')).toEqual([[1, ['""', '', '"a"b"', 'c', '']]]);
  });

  it('reads a quoted cell at the very end of the text', () => {
    expect(rows('a,"b"')).toEqual([[1, ['a', '"b"']]]);
    const open = parseRows('a\n"b', ',');
    expect(open.ok ? null : open.error).toMatchObject({ level: 'error', line: 2, column: 1 });
  });

  it('detects the delimiter from the header line, outside quotes', () => {
    expect(detectDelimiter('"a,b";c;d\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('single\n')).toBe(',');
  });
});
