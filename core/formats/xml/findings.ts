import { summarise, type ReportItem, type ReportLevel } from '../report';

/**
 * What a reader found about the file itself (hyperedges, undeclared keys, …), gathered as it reads
 * and reported as one line per kind with a count and the first examples.
 */
export class Findings {
  private readonly kinds = new Map<string, { readonly level: ReportLevel; readonly examples: Set<string> }>();
  private readonly single: ReportItem[] = [];

  add(level: ReportLevel, what: string, example: string): void {
    const kind = this.kinds.get(what);
    if (kind) kind.examples.add(example);
    else this.kinds.set(what, { level, examples: new Set([example]) });
  }

  /** A finding that is one sentence on its own. */
  addItem(item: ReportItem): void {
    this.single.push(item);
  }

  report(): ReportItem[] {
    return [...this.single, ...[...this.kinds].map(([what, { level, examples }]) => summarise(level, what, [...examples]))];
  }
}
