import { graphTimeBoundsSteps } from '../filter/filters';
import type { DayRange } from '../model/time';
import { relationTimeHistogramSteps, type TimeHistogram } from '../time/histogram';
import { runSteps, STEP_SIZE, stepsWithin, type Steps } from '../util/steps';
import type { GraphIndex } from './graphIndex';

/**
 * What the filter panel and the timeline show about a whole graph (not the visible part): counted
 * once per graph while it opens, so the panels' first render after an open costs nothing.
 */
export interface GraphFacets {
  readonly actorTypeCounts: ReadonlyMap<string, number>;
  readonly relationTypeCounts: ReadonlyMap<string, number>;
  readonly stanceCounts: ReadonlyMap<string, number>;
  readonly timeBounds: DayRange | null;
  /** Relations by month, as the timeline draws them. */
  readonly monthHistogram: TimeHistogram;
}

export function graphFacets(index: GraphIndex): GraphFacets {
  return runSteps(graphFacetsSteps(index));
}

const increment = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** `graphFacets` in slices (see core/util/steps). */
export function* graphFacetsSteps(index: GraphIndex, size = STEP_SIZE): Steps<GraphFacets> {
  const { nodes, edges } = index.graph;
  const actorTypeCounts = new Map<string, number>();
  for (const node of nodes) increment(actorTypeCounts, node.type);
  const relationTypeCounts = new Map<string, number>();
  const stanceCounts = new Map<string, number>();
  for (let i = 0; i < edges.length; i++) {
    increment(relationTypeCounts, edges[i]!.type);
    increment(stanceCounts, edges[i]!.stance);
    if ((i + 1) % (4 * size) === 0) yield (0.3 * (i + 1)) / edges.length;
  }
  yield 0.3;
  const timeBounds = yield* stepsWithin(graphTimeBoundsSteps(index, size), 0.3, 0.5);
  yield 0.5;
  const monthHistogram = yield* stepsWithin(relationTimeHistogramSteps(index.graph, { unit: 'month' }, size), 0.5, 1);
  return { actorTypeCounts, relationTypeCounts, stanceCounts, timeBounds, monthHistogram };
}
