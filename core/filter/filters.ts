import type { GraphIndex } from '../graph/graphIndex';
import type { GraphEdge, GraphNode } from '../model/schema';
import { rangesOverlap, spanDays, type DayRange } from '../model/time';
import { runSteps, STEP_SIZE, type Steps } from '../util/steps';

/**
 * What the analyst has chosen to see. Lists name what is hidden (not what is shown), so types a
 * newly opened graph brings are visible by default. Plain data: it can be saved and compared.
 */
export interface FilterState {
  readonly hiddenActorTypes: readonly string[];
  readonly hiddenRelationTypes: readonly string[];
  readonly hiddenStances: readonly string[];
  /** Inclusive ISO day bounds; null = open. Relations and events outside are hidden. */
  readonly timeFrom: string | null;
  readonly timeTo: string | null;
  /** Relations without a date stay visible when a time range is set. */
  readonly includeUndated: boolean;
  readonly minConfidence: number;
  /** Hide actors left with no visible relation. */
  readonly hideOrphans: boolean;
}

export const DEFAULT_FILTERS: FilterState = {
  hiddenActorTypes: [],
  hiddenRelationTypes: [],
  hiddenStances: [],
  timeFrom: null,
  timeTo: null,
  includeUndated: true,
  minConfidence: 0,
  hideOrphans: false,
};

export interface VisibleSet {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

function windowOf(filters: FilterState): DayRange | null {
  if (filters.timeFrom === null && filters.timeTo === null) return null;
  return { from: filters.timeFrom ?? '0000-01-01', to: filters.timeTo ?? '9999-12-31' };
}

function nodePasses(node: GraphNode, filters: FilterState, window: DayRange | null): boolean {
  if (filters.hiddenActorTypes.includes(node.type)) return false;
  // Events are things in time: one outside the window is hidden with its relations.
  if (window && node.type === 'event' && node.time) return rangesOverlap(spanDays(node.time), window);
  return true;
}

function edgePasses(edge: GraphEdge, filters: FilterState, window: DayRange | null): boolean {
  if (filters.hiddenRelationTypes.includes(edge.type)) return false;
  if (filters.hiddenStances.includes(edge.stance)) return false;
  if (edge.confidence < filters.minConfidence) return false;
  if (window) {
    if (!edge.time) return filters.includeUndated;
    return rangesOverlap(spanDays(edge.time), window);
  }
  return true;
}

/** The visible graph: nodes that pass, and edges that pass whose both ends are visible. */
export function computeVisible(index: GraphIndex, filters: FilterState): VisibleSet {
  // The default filters hide nothing (every edge of a valid graph joins two of its nodes).
  if (!isFiltering(filters)) return index.all;
  const window = windowOf(filters);
  const nodes = new Set<string>();
  for (const node of index.graph.nodes) if (nodePasses(node, filters, window)) nodes.add(node.id);
  const edges = new Set<string>();
  for (const edge of index.graph.edges) {
    if (nodes.has(edge.source) && nodes.has(edge.target) && edgePasses(edge, filters, window)) edges.add(edge.id);
  }
  if (filters.hideOrphans) {
    const touched = new Set<string>();
    for (const id of edges) {
      const edge = index.edgesById.get(id);
      if (edge) touched.add(edge.source).add(edge.target);
    }
    for (const id of [...nodes]) if (!touched.has(id)) nodes.delete(id);
  }
  return { nodes, edges };
}

/** Does the state differ from the defaults (for "reset filters")? */
export function isFiltering(filters: FilterState): boolean {
  return (
    filters.hiddenActorTypes.length > 0 ||
    filters.hiddenRelationTypes.length > 0 ||
    filters.hiddenStances.length > 0 ||
    filters.timeFrom !== null ||
    filters.timeTo !== null ||
    filters.minConfidence > 0 ||
    filters.hideOrphans
  );
}

/** Earliest and latest day over the graph's own dated relations and events; null if none. */
export function graphTimeBounds(index: GraphIndex): DayRange | null {
  return runSteps(graphTimeBoundsSteps(index));
}

/** `graphTimeBounds` in slices (core/util/steps): an open of 100k relations must not hold the page. */
export function* graphTimeBoundsSteps(index: GraphIndex, size = STEP_SIZE): Steps<DayRange | null> {
  let from: string | null = null;
  let to: string | null = null;
  const { edges, nodes } = index.graph;
  const total = edges.length + nodes.length;
  for (let i = 0; i < total; i++) {
    const span = i < edges.length ? edges[i]!.time : nodes[i - edges.length]!.time;
    if (span) {
      const days = spanDays(span);
      if (from === null || days.from < from) from = days.from;
      if (to === null || days.to > to) to = days.to;
    }
    if ((i + 1) % (4 * size) === 0) yield (i + 1) / total;
  }
  return from !== null && to !== null ? { from, to } : null;
}
