import { computeVisible, type VisibleSet } from '../../core/filter/filters';
import { neighbourhood } from '../../core/graph/neighbourhood';
import { SearchHits, searchVisible } from '../../core/search/search';
import type { AppState } from './appState';

/** Memoise on the identity of the inputs: derived views are computed, never stored twice. */
function memo<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => a === lastArgs![i])) return lastResult;
    lastArgs = args;
    lastResult = compute(...args);
    return lastResult;
  };
}

const EMPTY: VisibleSet = { nodes: new Set(), edges: new Set() };

const filtered = memo((doc: AppState['doc'], filters: AppState['filters']) =>
  doc ? computeVisible(doc.index, filters) : EMPTY,
);

/** Elements hidden by hand leave the view with the relations that touch them. */
const unhidden = memo((doc: AppState['doc'], base: VisibleSet, hiddenIds: AppState['hiddenIds']): VisibleSet => {
  if (!doc || hiddenIds.length === 0) return base;
  const hidden = new Set(hiddenIds);
  const nodes = new Set([...base.nodes].filter((id) => !hidden.has(id)));
  const edges = new Set(
    [...base.edges].filter((id) => {
      const edge = doc.index.edgesById.get(id);
      return !hidden.has(id) && edge !== undefined && nodes.has(edge.source) && nodes.has(edge.target);
    }),
  );
  return { nodes, edges };
});

const focused = memo(
  (doc: AppState['doc'], base: VisibleSet, depth: AppState['focusDepth'], seeds: AppState['focusSeeds']) =>
    doc && depth > 0 ? neighbourhood(doc.index, base, seeds, depth) : base,
);

/** What the canvas shows: filters, then focus. */
export function selectVisible(state: AppState): VisibleSet {
  return focused(state.doc, unhidden(state.doc, filtered(state.doc, state.filters), state.hiddenIds), state.focusDepth, state.focusSeeds);
}

export interface SearchResult {
  readonly hits: SearchHits;
  /** Matches that the filters or focus hide. */
  readonly hidden: number;
}

const searched = memo((doc: AppState['doc'], query: string, visible: VisibleSet): SearchResult => {
  if (!doc || query.trim() === '') return { hits: SearchHits.NONE, hidden: 0 };
  return searchVisible(doc.searchIndex, query, visible);
});

export function selectSearch(state: AppState): SearchResult {
  return searched(state.doc, state.query, selectVisible(state));
}
