/**
 * One RFC 4180 record: a cell is quoted only when it must be (comma, quote, CR or LF), with quotes
 * doubled. Enough for a table of ids, labels and numbers printed to stdout.
 */
export function csvLine(cells: readonly (string | number)[]): string {
  return cells.map((cell) => (typeof cell === 'string' && /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : String(cell))).join(',');
}
