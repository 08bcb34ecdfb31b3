import { graphTimeBounds } from '../core/filter/filters';
import { buildGraphIndex } from '../core/graph/graphIndex';
import type { GraphFile } from '../core/model/schema';
import type { DayRange } from '../core/model/time';
import { ACTOR_TYPE_LABELS, ACTOR_TYPES, relationTypeLabel, STANCES, type Stance } from '../core/model/vocabulary';

export interface TypeCount {
  readonly type: string;
  readonly label: string;
  readonly count: number;
}

export interface GraphStats {
  readonly title: string;
  readonly actors: number;
  readonly relations: number;
  /** Types present, most frequent first (ties in vocabulary order). */
  readonly actorsByType: readonly TypeCount[];
  /** Types present, most frequent first (ties by type name). */
  readonly relationsByType: readonly TypeCount[];
  /** Every stance, zeros included, in the vocabulary's order. */
  readonly relationsByStance: Readonly<Record<Stance, number>>;
  readonly datedRelations: number;
  readonly undatedRelations: number;
  /** First and last day of the dated relations and events (the filter's time bounds); null if none. */
  readonly timeSpan: DayRange | null;
}

function tally(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

export function graphStats(graph: GraphFile): GraphStats {
  const actorCounts = tally(graph.nodes.map((n) => n.type));
  const order = (type: string) => (ACTOR_TYPES as readonly string[]).indexOf(type);
  const actorsByType = [...actorCounts]
    .sort(([a, x], [b, y]) => y - x || order(a) - order(b))
    .map(([type, count]) => ({ type, label: ACTOR_TYPE_LABELS[type as keyof typeof ACTOR_TYPE_LABELS] ?? type, count }));
  const relationsByType = [...tally(graph.edges.map((e) => e.type))]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([type, count]) => ({ type, label: relationTypeLabel(type), count }));
  const stanceCounts = tally(graph.edges.map((e) => e.stance));
  const relationsByStance = Object.fromEntries(STANCES.map((s) => [s, stanceCounts.get(s) ?? 0])) as Record<Stance, number>;
  const dated = graph.edges.filter((e) => e.time !== null).length;
  return {
    title: graph.meta.title,
    actors: graph.nodes.length,
    relations: graph.edges.length,
    actorsByType,
    relationsByType,
    relationsByStance,
    datedRelations: dated,
    undatedRelations: graph.edges.length - dated,
    timeSpan: graphTimeBounds(buildGraphIndex(graph)),
  };
}
