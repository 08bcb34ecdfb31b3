import { aggregateDyads } from '../../core/analysis/dyads';
import { ACTOR_TYPE_LABELS } from '../../core/model/vocabulary';
import type { DyadEdge } from '../graph/overlays';
import type { AppState } from './appState';
import { selectVisible } from './derived';

/** Derived views of the analysis features, memoised on their inputs like the visible set. */
function memo<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: A | null = null;
  let result: R;
  return (...args: A) => {
    if (last && args.every((a, i) => a === last![i])) return result;
    last = args;
    result = compute(...args);
    return result;
  };
}

const dyadEdges = memo((on: boolean, doc: AppState['doc'], visible: ReturnType<typeof selectVisible>, filters: AppState['filters']): DyadEdge[] | null => {
  if (!on || !doc) return null;
  const window = filters.timeFrom || filters.timeTo ? { from: filters.timeFrom ?? '0000-01-01', to: filters.timeTo ?? '9999-12-31' } : null;
  return aggregateDyads(doc.index, visible, window, { includeUndated: filters.includeUndated }).map((d) => ({
    id: `dyad:${d.key}`,
    a: d.a,
    b: d.b,
    stance: d.stance,
    count: d.count,
    reciprocal: d.reciprocal || d.visitHosted,
    label: `${d.count} · net ${d.goldstein >= 0 ? '+' : ''}${d.goldstein.toFixed(1)}`,
  }));
});

/** One edge per pair when relations are collapsed into dyads, else null. */
export function selectDyadEdges(state: AppState): DyadEdge[] | null {
  return dyadEdges(state.dyads, state.doc, selectVisible(state), state.filters);
}

// A colour-blind-safe qualitative palette for communities, and a sequential ramp for metric values.
const COMMUNITY_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
const RAMP_LOW = [0xde, 0xeb, 0xf7];
const RAMP_HIGH = [0x08, 0x30, 0x6b];

function ramp(t: number): string {
  const c = RAMP_LOW.map((lo, i) => Math.round(lo + (RAMP_HIGH[i]! - lo) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

const nodeData = memo((metrics: AppState['metrics'], mapping: AppState['metricMapping']) => {
  if (!metrics || (mapping.size === null && mapping.color === 'type')) return null;
  const entries = [...metrics.values.nodes];
  const scale = (key: NonNullable<AppState['metricMapping']['size']>) => {
    const values = entries.map(([, m]) => m[key]);
    const min = Math.min(...values);
    const max = Math.max(...values);
    return (v: number) => (max > min ? (v - min) / (max - min) : 0.5);
  };
  const size = mapping.size ? scale(mapping.size) : null;
  const colour = mapping.color !== 'type' && mapping.color !== 'community' ? scale(mapping.color) : null;
  const out = new Map<string, { msize?: number; mcolor?: string }>();
  for (const [id, m] of entries) {
    const v: { msize?: number; mcolor?: string } = {};
    if (size && mapping.size) v.msize = size(m[mapping.size]);
    if (mapping.color === 'community') v.mcolor = COMMUNITY_COLORS[m.community % COMMUNITY_COLORS.length]!;
    else if (colour && mapping.color !== 'type') v.mcolor = ramp(colour(m[mapping.color]));
    out.set(id, v);
  }
  return out;
});

/** Size and colour per node from the metric mapping; null when nodes look as their type says. */
export function selectNodeData(state: AppState): ReadonlyMap<string, { msize?: number; mcolor?: string }> | null {
  return nodeData(state.metrics, state.metricMapping);
}

const groups = memo((groupBy: string | null, doc: AppState['doc'], metrics: AppState['metrics']): Map<string, string> | null => {
  if (!groupBy || !doc) return null;
  const out = new Map<string, string>();
  for (const node of doc.graph.nodes) {
    let value: string;
    if (groupBy === 'type') value = ACTOR_TYPE_LABELS[node.type];
    else if (groupBy === 'community') {
      const community = metrics?.values.nodes.get(node.id)?.community;
      if (community === undefined) continue;
      value = `Community ${community}`;
    } else {
      const attribute = node.attributes[groupBy];
      value = attribute === undefined || attribute === null ? '(no value)' : String(attribute);
    }
    out.set(node.id, value);
  }
  return out;
});

/** Which group each actor is in, by the chosen attribute; null when not grouping. */
export function selectGroups(state: AppState): ReadonlyMap<string, string> | null {
  return groups(state.groupBy, state.doc, state.metrics);
}

/** Attributes worth grouping by: type, community, and every user attribute the graph's actors carry. */
export function groupableAttributes(doc: AppState['doc']): string[] {
  if (!doc) return [];
  const keys = new Set<string>();
  for (const node of doc.graph.nodes) for (const key of Object.keys(node.attributes)) keys.add(key);
  return ['type', 'community', ...[...keys].sort()];
}
