import { describe, expect, it } from 'vitest';
import { graphFacets } from '../../core/graph/facets';
import { buildGraphIndex } from '../../core/graph/graphIndex';
import { GraphFileSchema } from '../../core/model/schema';
import { buildSearchIndex } from '../../core/search/search';
import { fixtureGraph } from '../../core/testing/fixtureGraph';
import { INITIAL_STATE, type AppState } from './appState';
import { selectSearch, selectVisible } from './derived';
import { reduce } from './reducer';

const graph = GraphFileSchema.parse(fixtureGraph());
const index = buildGraphIndex(graph);
const loaded: AppState = reduce(INITIAL_STATE, {
  type: 'graph-loaded',
  doc: { graph, index, searchIndex: buildSearchIndex(index), facets: graphFacets(index), fileName: 'fixture.json', loadId: 1 },
});
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('app state transitions', () => {
  it('focuses on the selection and leaves focus with depth 0', () => {
    const selected = reduce(loaded, { type: 'select', selection: { kind: 'node', id: 'b' } });
    const focused = reduce(selected, { type: 'focus', depth: 1 });
    expect(sorted(selectVisible(focused).nodes)).toEqual(['a', 'b', 'c']);
    expect(sorted(selectVisible(reduce(focused, { type: 'focus', depth: 0 })).nodes)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('ignores focus without a selection', () => {
    expect(reduce(loaded, { type: 'focus', depth: 2 }).focusDepth).toBe(0);
  });

  it('escape steps back one thing at a time', () => {
    let state = reduce(loaded, { type: 'select', selection: { kind: 'node', id: 'b' } });
    state = reduce(state, { type: 'focus', depth: 1 });
    state = reduce(state, { type: 'query', query: 'gamma' });
    state = reduce(state, { type: 'escape' });
    expect([state.query, state.focusDepth, state.selection?.id]).toEqual(['', 1, 'b']);
    state = reduce(state, { type: 'escape' });
    expect([state.focusDepth, state.selection?.id]).toEqual([0, 'b']);
    state = reduce(state, { type: 'escape' });
    expect(state.selection).toBeNull();
    expect(reduce(state, { type: 'escape' })).toBe(state);
  });

  it('search hides matches the filters hide, and counts them', () => {
    const filtered = reduce(reduce(loaded, { type: 'filters-changed', patch: { hiddenActorTypes: ['person'] } }), {
      type: 'query',
      query: 'beta',
    });
    const { hits, hidden } = selectSearch(filtered);
    expect(hits.slice(0)).toEqual([]);
    expect(hidden).toBe(3);
  });

  it('steps through matches cyclically', () => {
    let state = reduce(loaded, { type: 'query', query: 'beta' });
    state = reduce(state, { type: 'step-match', delta: -1, total: 3 });
    expect(state.matchCursor).toBe(2);
    state = reduce(state, { type: 'step-match', delta: 1, total: 3 });
    expect(state.matchCursor).toBe(0);
  });

  it('a new graph resets filters, selection and focus but keeps the layout choice', () => {
    let state = reduce(loaded, { type: 'layout', layout: 'circle' });
    state = reduce(state, { type: 'filters-changed', patch: { minConfidence: 0.9 } });
    state = reduce(state, { type: 'select', selection: { kind: 'node', id: 'a' } });
    const reloaded = reduce(state, { type: 'graph-loaded', doc: loaded.doc! });
    expect([reloaded.layout, reloaded.filters.minConfidence, reloaded.selection]).toEqual(['circle', 0, null]);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes filter changes, merging a dragged slider into one step', () => {
    let state = reduce(loaded, { type: 'filters-changed', patch: { hiddenStances: ['conflictual'] } });
    state = reduce(state, { type: 'filters-changed', patch: { minConfidence: 0.5 } });
    state = reduce(state, { type: 'filters-changed', patch: { minConfidence: 0.8 } });
    expect(state.history.past).toHaveLength(2);
    state = reduce(state, { type: 'undo', positionsNow: null });
    expect([state.filters.minConfidence, state.filters.hiddenStances]).toEqual([0, ['conflictual']]);
    state = reduce(state, { type: 'undo', positionsNow: null });
    expect(state.filters.hiddenStances).toEqual([]);
    state = reduce(state, { type: 'redo', positionsNow: null });
    state = reduce(state, { type: 'redo', positionsNow: null });
    expect([state.filters.minConfidence, state.filters.hiddenStances]).toEqual([0.8, ['conflictual']]);
    expect(reduce(state, { type: 'redo', positionsNow: null })).toBe(state);
  });

  it('hides by hand, and undo shows again', () => {
    let state = reduce(loaded, { type: 'hide', ids: ['b'] });
    expect(sorted(selectVisible(state).nodes)).toEqual(['a', 'c', 'd', 'e', 'f']);
    expect(sorted(selectVisible(state).edges)).toEqual(['ae', 'cd']);
    state = reduce(state, { type: 'undo', positionsNow: null });
    expect(selectVisible(state).nodes.size).toBe(6);
  });

  it('undoing a layout puts the positions back; a new action clears redo', () => {
    const before = new Map([['a', { x: 1, y: 2 }]]);
    let state = reduce(loaded, { type: 'layout', layout: 'grid', positionsBefore: before });
    state = reduce(state, { type: 'undo', positionsNow: new Map([['a', { x: 9, y: 9 }]]) });
    expect([state.layout, state.pendingPositions]).toEqual(['fcose', before]);
    expect(state.history.future).toHaveLength(1);
    state = reduce(state, { type: 'pin', ids: ['a'], pinned: true });
    expect([state.pinnedIds, state.history.future.length]).toEqual([['a'], 0]);
  });
});
