import type { GraphFile } from '../model/schema';
import { spanDays } from '../model/time';
import { STANCES, type Stance } from '../model/vocabulary';
import { binBounds, binOrdinal, type TimeUnit } from './bins';
import { runSteps, STEP_SIZE, type Steps } from '../util/steps';

export type { TimeUnit } from './bins';

export interface TimeBin {
  /** "2022-09" for a month, "2022" for a year. */
  readonly label: string;
  /** First and last day of the bin, inclusive ISO dates (the filters' time bounds use the same form). */
  readonly start: string;
  readonly end: string;
  /** Dated relations whose span overlaps the bin: an interval counts in every bin it touches. */
  readonly count: number;
  readonly byStance: Readonly<Record<Stance, number>>;
}

export interface TimeHistogram {
  readonly unit: TimeUnit;
  /** Consecutive bins from the first dated relation's to the last one's, empty bins included, so a timeline has no gaps. */
  readonly bins: readonly TimeBin[];
  readonly dated: number;
  readonly undated: number;
}

export interface HistogramOptions {
  readonly unit: TimeUnit;
  /** Only these relations (e.g. the visible ones); all of the graph's by default. */
  readonly edgeIds?: ReadonlySet<string>;
}

const zeroStances = (): Record<Stance, number> => Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;

/**
 * How many relations fall in each month or year. A relation dated "2022" (year precision) covers
 * every month of 2022, as the time filter treats it, so it is counted in each of those bins: the
 * bins say "relations in force then", and their counts add up to more than the relations.
 */
export function relationTimeHistogram(graph: GraphFile, options: HistogramOptions): TimeHistogram {
  return runSteps(relationTimeHistogramSteps(graph, options));
}

/** `relationTimeHistogram` in slices (core/util/steps), for the histogram built while a graph opens. */
export function* relationTimeHistogramSteps(graph: GraphFile, options: HistogramOptions, size = STEP_SIZE): Steps<TimeHistogram> {
  const { unit, edgeIds } = options;
  const spans: { first: number; last: number; stance: Stance }[] = [];
  let undated = 0;
  let origin = Infinity;
  let end = -Infinity;
  const edges = graph.edges;
  for (let e = 0; e < edges.length; e++) {
    if ((e + 1) % (4 * size) === 0) yield (0.8 * (e + 1)) / edges.length;
    const edge = edges[e]!;
    if (edgeIds && !edgeIds.has(edge.id)) continue;
    if (!edge.time) {
      undated++;
      continue;
    }
    const days = spanDays(edge.time);
    const span = { first: binOrdinal(days.from, unit), last: binOrdinal(days.to, unit), stance: edge.stance };
    spans.push(span);
    // A loop, not Math.min(...spans): a spread of a million arguments overflows the stack.
    if (span.first < origin) origin = span.first;
    if (span.last > end) end = span.last;
  }
  if (spans.length === 0) return { unit, bins: [], dated: 0, undated };
  yield 0.8;
  const counts = Array.from({ length: end - origin + 1 }, () => ({ count: 0, byStance: zeroStances() }));
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    for (let i = span.first; i <= span.last; i++) {
      const bin = counts[i - origin]!;
      bin.count++;
      bin.byStance[span.stance]++;
    }
    if ((s + 1) % (4 * size) === 0) yield 0.8 + (0.2 * (s + 1)) / spans.length;
  }
  const bins = counts.map((c, i) => ({ ...binBounds(origin + i, unit), ...c }));
  return { unit, bins, dated: spans.length, undated };
}

/**
 * The window ends a playback steps through, one per bin: the view shows the relations from the
 * start of the timeline up to each end in turn (set the filter's timeTo to each, timeFrom fixed).
 */
export function playbackSteps(bins: readonly Pick<TimeBin, 'end'>[]): string[] {
  return bins.map((bin) => bin.end);
}
