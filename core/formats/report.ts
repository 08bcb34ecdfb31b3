/**
 * The import report (Gephi convention): what the reader found, by level, read by the user before the
 * graph replaces the open one.
 * - error: the file cannot be imported (malformed, refused); nothing is opened.
 * - warning: something was dropped or changed (a duplicate id, an edge to a missing node).
 * - info: a normalisation the user may want to know about (a missing label set to the id).
 */
export type ReportLevel = 'info' | 'warning' | 'error';

export interface ReportItem {
  readonly level: ReportLevel;
  readonly message: string;
  /** 1-based position in the file, where the reader knows it. */
  readonly line?: number;
  readonly column?: number;
}

export const reportInfo = (message: string): ReportItem => ({ level: 'info', message });
export const reportWarning = (message: string): ReportItem => ({ level: 'warning', message });
export const reportError = (message: string, where?: { line: number; column: number }): ReportItem =>
  where ? { level: 'error', message, line: where.line, column: where.column } : { level: 'error', message };

export function hasErrors(report: readonly ReportItem[]): boolean {
  return report.some((item) => item.level === 'error');
}

export function hasWarnings(report: readonly ReportItem[]): boolean {
  return report.some((item) => item.level === 'warning');
}

/** "line 3, column 7: message" — one readable line per problem (CLI, UI). */
export function formatReportItem(item: ReportItem): string {
  const where = item.line !== undefined ? `line ${item.line}${item.column !== undefined ? `, column ${item.column}` : ''}: ` : '';
  return `${item.level}: ${where}${item.message}`;
}

/** Many similar problems read better as one line with a count and the first few examples. */
export function summarise(level: ReportLevel, what: string, examples: readonly string[], max = 5): ReportItem {
  const shown = examples.slice(0, max).join(', ');
  const more = examples.length > max ? `, and ${examples.length - max} more` : '';
  return { level, message: `${what} (${examples.length}): ${shown}${more}` };
}
