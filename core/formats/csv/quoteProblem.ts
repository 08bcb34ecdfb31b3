/**
 * Finds the first quoting mistake in a record, so the report can point at it. csv-parse says what
 * went wrong but gives the line where it stopped and a field number, not the character; this scan
 * follows RFC 4180 from the start of the failing record to the offending character.
 */
export interface QuoteProblem {
  /** Character index in the text. */
  readonly index: number;
  readonly message: string;
}

export function findQuoteProblem(text: string, from: number, delimiter: string): QuoteProblem | null {
  let fieldStart = true;
  let inQuotes = false;
  let afterClosingQuote = false;
  let openedAt = -1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c !== '"') continue;
      if (text[i + 1] === '"') {
        i++;
        continue;
      }
      inQuotes = false;
      afterClosingQuote = true;
      continue;
    }
    const endOfRecord = c === '\n' || c === '\r';
    if (c === delimiter || endOfRecord) {
      if (endOfRecord) return null;
      fieldStart = true;
      afterClosingQuote = false;
      continue;
    }
    if (afterClosingQuote) {
      return {
        index: i,
        message: `unexpected ${JSON.stringify(c)} after the closing quote of a quoted cell (a quote inside a quoted cell is written twice: "")`,
      };
    }
    if (c === '"') {
      if (!fieldStart) {
        return { index: i, message: 'a quote inside an unquoted cell (put the cell in quotes and write each quote in it twice)' };
      }
      inQuotes = true;
      openedAt = i;
    }
    fieldStart = false;
  }
  return inQuotes ? { index: openedAt, message: 'the quoted cell that starts here is never closed' } : null;
}
