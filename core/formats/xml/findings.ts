import { summarise, type ReportItem, type ReportLevel } from '../report';

/** Where a reader puts what it finds: a Findings, or a FindingLog that keeps the order for later. */
export interface FindingSink {
  add(level: ReportLevel, what: string, example: string): void;
}

/**
 * What a reader found about the file itself (hyperedges, undeclared keys, …), gathered as it reads
 * and reported as one line per kind with a count and the first examples.
 */
export class Findings implements FindingSink {
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

  /** Adds another's findings after this one's own, kind by kind in the order they were found. */
  absorb(other: Findings): void {
    for (const [what, { level, examples }] of other.kinds) for (const example of examples) this.add(level, what, example);
    this.single.push(...other.single);
  }

  report(): ReportItem[] {
    return [...this.single, ...[...this.kinds].map(([what, { level, examples }]) => summarise(level, what, [...examples]))];
  }
}

/**
 * Findings held back in the order they were made, to be added later where the reader's order puts
 * them (a streamed edge is read as it comes, but its findings follow those of all the nodes).
 */
export class FindingLog implements FindingSink {
  private entries: [ReportLevel, string, string][] = [];

  add(level: ReportLevel, what: string, example: string): void {
    this.entries.push([level, what, example]);
  }

  /** What was logged since the last take (null when nothing was), and a fresh start. */
  take(): readonly (readonly [ReportLevel, string, string])[] | null {
    if (this.entries.length === 0) return null;
    const taken = this.entries;
    this.entries = [];
    return taken;
  }
}
