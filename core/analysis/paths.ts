import type { VisibleSet } from '../filter/filters';
import type { GraphIndex } from '../graph/graphIndex';
import { hopCounts, stepAdjacency, type PathOptions, type StepAdjacency } from './adjacency';

export type { PathOptions } from './adjacency';
export { evidenceChain, type EvidenceLink, type EvidenceQuote } from './evidenceChain';

/**
 * A path between two actors over visible relations. Two actors may be tied by several relations
 * (China and Belarus: a partnership, a pledge, an intent): each step shows the most confident one
 * and keeps the others as alternatives, so a path is a chain of actors, not of one relation each.
 */
export interface Path {
  /** The actors in order, from the start to the end (one more than the steps). */
  readonly nodeIds: readonly string[];
  /** For each step, the edge chosen to carry it: highest confidence, then file order. */
  readonly edgeIds: readonly string[];
  /** For each step, the other visible edges between the same two actors (usable in that direction), best first. */
  readonly alternatives: readonly (readonly string[])[];
}

export interface SimplePaths {
  readonly paths: readonly Path[];
  /** True when more paths exist than `limit`: the list is then the shortest ones found first. */
  readonly capped: boolean;
  readonly limit: number;
}

/** Enough to read through; beyond it the analyst should narrow the filters or the length. */
export const DEFAULT_PATH_LIMIT = 500;

/** Confidences are summed; sums of the same numbers in another order may differ in the last bits. */
const EPS = 1e-9;

function stepEdges(adjacency: StepAdjacency, from: string, to: string): readonly string[] {
  return adjacency.out.get(from)?.get(to) ?? [];
}

function pathOf(adjacency: StepAdjacency, nodeIds: readonly string[]): Path {
  const steps = nodeIds.slice(1).map((to, i) => stepEdges(adjacency, nodeIds[i]!, to));
  return { nodeIds, edgeIds: steps.map((edges) => edges[0]!), alternatives: steps.map((edges) => edges.slice(1)) };
}

/** Sum of the chosen edges' confidences: among paths of equal length, the better attested one. */
function score(index: GraphIndex, path: Path): number {
  return path.edgeIds.reduce((sum, id) => sum + index.edgesById.get(id)!.confidence, 0);
}

function compareIds(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}

function endsVisible(visible: VisibleSet, from: string, to: string): boolean {
  return visible.nodes.has(from) && visible.nodes.has(to);
}

/**
 * One shortest path (fewest steps). Ties are broken by the highest sum of step confidences, then
 * by the alphabetically first sequence of actor ids, so the answer is the same on every run and
 * in the worker and the CLI alike. Null when either end is hidden or nothing connects them.
 */
export function shortestPath(
  index: GraphIndex,
  visible: VisibleSet,
  from: string,
  to: string,
  options: PathOptions = {},
): Path | null {
  if (!endsVisible(visible, from, to)) return null;
  const adjacency = stepAdjacency(index, visible, options);
  const toTarget = hopCounts(adjacency.in, to);
  if (!toTarget.has(from)) return null;
  // Best continuation towards the target, per node, computed nearest-first (hopCounts is in BFS
  // order). Candidates differ in their next actor, so comparing next ids settles the order.
  const best = new Map<string, { score: number; next: string | null }>([[to, { score: 0, next: null }]]);
  for (const [node, d] of toTarget) {
    if (d === 0) continue;
    let choice: { score: number; next: string | null } | null = null;
    for (const [next, edges] of adjacency.out.get(node) ?? []) {
      if (toTarget.get(next) !== d - 1) continue;
      const s = index.edgesById.get(edges[0]!)!.confidence + best.get(next)!.score;
      if (!choice || s > choice.score + EPS || (Math.abs(s - choice.score) <= EPS && next < choice.next!)) choice = { score: s, next };
    }
    best.set(node, choice!);
  }
  const nodeIds = [from];
  for (let node = from; node !== to; ) nodeIds.push((node = best.get(node)!.next!));
  return pathOf(adjacency, nodeIds);
}

/**
 * Every simple path (no actor twice) of at most `maxLength` steps, shortest first; within a length
 * the best attested first (sum of confidences), then by actor ids. Lengths are searched one at a
 * time, pruned by the distance to the target, so a cap keeps the shortest paths, not arbitrary ones.
 */
export function simplePaths(
  index: GraphIndex,
  visible: VisibleSet,
  from: string,
  to: string,
  maxLength: number,
  options: PathOptions & { readonly limit?: number } = {},
): SimplePaths {
  const limit = options.limit ?? DEFAULT_PATH_LIMIT;
  if (!endsVisible(visible, from, to)) return { paths: [], capped: false, limit };
  const adjacency = stepAdjacency(index, visible, options);
  if (from === to) return { paths: [pathOf(adjacency, [from])], capped: false, limit };
  const toTarget = hopCounts(adjacency.in, to);
  const shortest = toTarget.get(from);
  if (shortest === undefined) return { paths: [], capped: false, limit };

  const found: Path[] = [];
  let capped = false;
  const onPath = new Set([from]);
  const trail = [from];
  const walk = (node: string, left: number): void => {
    for (const next of adjacency.out.get(node)?.keys() ?? []) {
      if (capped) return;
      if (onPath.has(next) || (toTarget.get(next) ?? Infinity) > left - 1) continue;
      if (next === to) {
        // The target ends a path; reached early it would be passed through, which is not simple.
        if (left !== 1) continue;
        if (found.length === limit) capped = true;
        else found.push(pathOf(adjacency, [...trail, to]));
        continue;
      }
      onPath.add(next);
      trail.push(next);
      walk(next, left - 1);
      trail.pop();
      onPath.delete(next);
    }
  };
  // No simple path is longer than the visible actors allow, whatever maxLength says.
  const longest = Math.min(maxLength, visible.nodes.size - 1);
  for (let length = shortest; length <= longest && !capped; length++) {
    const before = found.length;
    walk(from, length);
    const level = found.splice(before).map((path) => ({ path, score: score(index, path) }));
    level.sort((a, b) => (Math.abs(a.score - b.score) > EPS ? b.score - a.score : compareIds(a.path.nodeIds, b.path.nodeIds)));
    found.push(...level.map((entry) => entry.path));
  }
  return { paths: found, capped, limit };
}
