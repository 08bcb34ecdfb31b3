import type { VisibleSet } from '../filter/filters';
import type { GraphIndex } from '../graph/graphIndex';
import type { GraphEdge } from '../model/schema';
import { rangesOverlap, spanDays, type DayRange } from '../model/time';
import type { Stance } from '../model/vocabulary';

/**
 * Everything between two actors, whichever way it points: the unit of "how do China and Belarus
 * stand", as event-data analysts aggregate dyads (net Goldstein score over a period).
 */
export interface Dyad {
  /** JSON of [a, b]: unambiguous whatever characters the ids hold (a separator could occur in an id). */
  readonly key: string;
  /** The two actor ids, a < b (equal for a self-loop). */
  readonly a: string;
  readonly b: string;
  /** The relations counted: visible, in the window (and undated ones if included), in file order. */
  readonly edgeIds: readonly string[];
  readonly count: number;
  /** Sum of the counted relations' Goldstein scores (those without one, such as borders, add 0). */
  readonly goldstein: number;
  /** The sign of that sum. */
  readonly stance: Stance;
  /** Visible undated relations of the pair, whether they were counted or not. */
  readonly undated: number;
  /** Counted directed relations run both ways (A → B and B → A). */
  readonly reciprocal: boolean;
  /** One visits and the other hosts the visit (`visit` A → B with `host_visit` B → A). */
  readonly visitHosted: boolean;
  /** At least one counted relation is mutual by nature (`directed: false`, e.g. a partnership). */
  readonly mutual: boolean;
}

export interface DyadOptions {
  /** Count undated relations in the window too (they are always counted without a window). Default true, as the filters'. */
  readonly includeUndated?: boolean;
}

export const dyadKey = (x: string, y: string): string => JSON.stringify(x <= y ? [x, y] : [y, x]);

/** Goldstein scores have one decimal; summing floats would print 4.699999999999999 for 1.9 + 2.8. */
const roundScore = (n: number): number => Math.round(n * 1e9) / 1e9 + 0;

const stanceOf = (score: number): Stance => (score > 0 ? 'cooperative' : score < 0 ? 'conflictual' : 'neutral');

function counted(edge: GraphEdge, window: DayRange | null, includeUndated: boolean): boolean {
  if (!window) return true;
  if (!edge.time) return includeUndated;
  return rangesOverlap(spanDays(edge.time), window);
}

function summarise(key: string, edges: readonly GraphEdge[], undated: number): Dyad {
  const [a, b] = JSON.parse(key) as [string, string];
  const arcs = new Set(edges.filter((e) => e.directed).map((e) => JSON.stringify([e.source, e.target])));
  const visits = edges.filter((e) => e.type === 'visit' && e.directed);
  const goldstein = roundScore(edges.reduce((sum, e) => sum + (e.goldstein ?? 0), 0));
  return {
    key,
    a,
    b,
    edgeIds: edges.map((e) => e.id),
    count: edges.length,
    goldstein,
    stance: stanceOf(goldstein),
    undated,
    reciprocal: a !== b && arcs.has(JSON.stringify([a, b])) && arcs.has(JSON.stringify([b, a])),
    visitHosted: visits.some((v) => edges.some((h) => h.type === 'host_visit' && h.directed && h.source === v.target && h.target === v.source)),
    mutual: edges.some((e) => !e.directed),
  };
}

/**
 * Visible relations grouped by unordered actor pair, optionally within a window of days
 * (a relation counts when its span overlaps the window). Pairs with nothing counted are left out.
 * Sorted by a, then b, so the order is stable; the UI sorts by score or count as it likes.
 */
export function aggregateDyads(index: GraphIndex, visible: VisibleSet, window: DayRange | null = null, options: DyadOptions = {}): Dyad[] {
  const includeUndated = options.includeUndated ?? true;
  const groups = new Map<string, { edges: GraphEdge[]; undated: number }>();
  for (const edge of index.graph.edges) {
    if (!visible.edges.has(edge.id)) continue;
    const key = dyadKey(edge.source, edge.target);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { edges: [], undated: 0 }));
    if (!edge.time) group.undated++;
    if (counted(edge, window, includeUndated)) group.edges.push(edge);
  }
  const dyads: Dyad[] = [];
  for (const [key, group] of groups) if (group.edges.length > 0) dyads.push(summarise(key, group.edges, group.undated));
  const compare = (p: string, q: string): number => (p < q ? -1 : p > q ? 1 : 0);
  return dyads.sort((x, y) => compare(x.a, y.a) || compare(x.b, y.b));
}
