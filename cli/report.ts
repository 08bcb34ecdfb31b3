import { formatReportItem, type ReportItem } from '../core/formats/report';
import type { CliIo } from './io';

/** "1 warning", "3 warnings". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The import report on stderr, one line per item ("warning: line 3, column 7: …"). A message that
 * spans lines (V8 quotes the JSON around a syntax error, newlines included) is folded onto one.
 */
export function printReport(io: CliIo, report: readonly ReportItem[]): void {
  for (const item of report) io.stderr(formatReportItem(item).replace(/\s*[\r\n]+\s*/g, ' '));
}
