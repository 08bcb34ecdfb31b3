import { describe, expect, it } from 'vitest';
import { GraphFileSchema, type GraphFile } from '../../core/model/schema';
import { fixtureGraph } from '../../core/testing/fixtureGraph';
import { INITIAL_STATE, type AppState } from './appState';
import { editedGraph, loadedGraph } from './loadedGraph';
import { reduce } from './reducer';
import { documentTitle, hasUnsavedEdits } from './unsaved';

const graph = GraphFileSchema.parse(fixtureGraph());
const opened: AppState = reduce(INITIAL_STATE, { type: 'graph-loaded', doc: loadedGraph(graph, 'fixture.kg.json') });

function relabel(state: AppState, id: string, label: string): AppState {
  const doc = state.doc!;
  const next: GraphFile = { ...doc.graph, nodes: doc.graph.nodes.map((n) => (n.id === id ? { ...n, label } : n)) };
  return reduce(state, { type: 'graph-edited', doc: editedGraph(doc, next), selection: { kind: 'node', id } });
}

describe('unsaved edits', () => {
  it('a freshly opened graph is clean, and so is no graph at all', () => {
    expect(hasUnsavedEdits(INITIAL_STATE)).toBe(false);
    expect(hasUnsavedEdits(opened)).toBe(false);
    expect(documentTitle(INITIAL_STATE)).toBe('KG Explorer');
    expect(documentTitle(opened)).toBe('fixture.kg.json — KG Explorer');
  });

  it('an edit makes it dirty and puts the marker in the title', () => {
    const edited = relabel(opened, 'a', 'Alpha (renamed)');
    expect(hasUnsavedEdits(edited)).toBe(true);
    expect(documentTitle(edited)).toBe('• fixture.kg.json — KG Explorer');
  });

  it('undo back to the opened graph is clean; redo is dirty again', () => {
    let state = relabel(relabel(opened, 'a', 'A1'), 'b', 'B1');
    state = reduce(state, { type: 'undo', positionsNow: null });
    expect(hasUnsavedEdits(state)).toBe(true);
    state = reduce(state, { type: 'undo', positionsNow: null });
    expect(hasUnsavedEdits(state)).toBe(false);
    state = reduce(state, { type: 'redo', positionsNow: null });
    expect(hasUnsavedEdits(state)).toBe(true);
  });

  it('saving makes the current graph the saved point: clean, and undo past it is dirty', () => {
    let state = relabel(opened, 'a', 'A1');
    state = reduce(state, { type: 'document-saved', graph: state.doc!.graph });
    expect(hasUnsavedEdits(state)).toBe(false);
    expect(documentTitle(state)).toBe('fixture.kg.json — KG Explorer');
    state = reduce(state, { type: 'undo', positionsNow: null });
    expect(hasUnsavedEdits(state)).toBe(true);
    state = reduce(state, { type: 'redo', positionsNow: null });
    expect(hasUnsavedEdits(state)).toBe(false);
  });

  it('a save of an older graph than the one shown leaves the newer edits unsaved', () => {
    const first = relabel(opened, 'a', 'A1');
    const second = relabel(first, 'a', 'A2');
    expect(hasUnsavedEdits(reduce(second, { type: 'document-saved', graph: first.doc!.graph }))).toBe(true);
  });

  it('view changes — filters, layout, hiding, pinning, moves, grouping — are not edits', () => {
    let state = reduce(opened, { type: 'filters-changed', patch: { minConfidence: 0.8 } });
    state = reduce(state, { type: 'layout', layout: 'grid', positionsBefore: new Map([['a', { x: 1, y: 1 }]]) });
    state = reduce(state, { type: 'hide', ids: ['b'] });
    state = reduce(state, { type: 'pin', ids: ['a'], pinned: true });
    state = reduce(state, { type: 'nodes-moved', positionsBefore: new Map([['a', { x: 2, y: 2 }]]) });
    state = reduce(state, { type: 'group-by', attribute: 'type' });
    state = reduce(state, { type: 'dyads', on: true });
    expect(state.history.past.length).toBeGreaterThanOrEqual(7);
    expect(hasUnsavedEdits(state)).toBe(false);
  });

  it('opening another graph (or a workspace) over edits starts clean', () => {
    const edited = relabel(opened, 'a', 'A1');
    expect(hasUnsavedEdits(reduce(edited, { type: 'graph-loaded', doc: loadedGraph(graph, 'other.graphml') }))).toBe(false);
    const workspace = reduce(edited, {
      type: 'workspace-loaded',
      doc: loadedGraph(graph, 'w.kgw.json'),
      session: { filters: edited.filters, selection: null, focusDepth: 0, focusSeeds: [], layout: 'fcose', pendingViewport: null },
    });
    expect(hasUnsavedEdits(workspace)).toBe(false);
  });
});
