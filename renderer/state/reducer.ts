import { DEFAULT_FILTERS } from '../../core/filter/filters';
import { seedsOf } from '../../core/graph/neighbourhood';
import { assertNever } from '../../core/util/result';
import type { Action } from './actions';
import { INITIAL_STATE, type AppState } from './appState';
import { record, redo, undo, undoableStep } from './undo';

/** Pure transitions of the app state; the view and the graph controller only read the result. */
export function reduce(state: AppState, action: Action): AppState {
  const next = transition(state, action);
  const step = next === state ? null : undoableStep(action);
  return step ? record(state, next, step) : next;
}

function transition(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'graph-loaded':
      // A new graph starts clean, but keeps the analyst's layout choice.
      return { ...INITIAL_STATE, layout: state.layout, layoutRun: state.layoutRun + 1, doc: action.doc, savedGraph: action.doc.graph };
    case 'workspace-loaded':
      // The saved positions place the nodes; no layout runs.
      return { ...INITIAL_STATE, ...action.session, layoutRun: state.layoutRun + 1, doc: action.doc, savedGraph: action.doc.graph };
    case 'edit':
      return { ...state, editor: action.editor };
    case 'graph-edited':
      return { ...state, doc: action.doc, selection: action.selection, editor: null };
    case 'hide': {
      const hidden = new Set(state.hiddenIds);
      for (const id of action.ids) hidden.add(id);
      const selection = state.selection && hidden.has(state.selection.id) ? null : state.selection;
      return { ...state, hiddenIds: [...hidden], selection };
    }
    case 'show-hidden':
      return state.hiddenIds.length === 0 ? state : { ...state, hiddenIds: [] };
    case 'pin': {
      const pinned = new Set(state.pinnedIds);
      for (const id of action.ids) {
        if (action.pinned) pinned.add(id);
        else pinned.delete(id);
      }
      return { ...state, pinnedIds: [...pinned] };
    }
    case 'nodes-moved':
      return { ...state };
    case 'undo':
      return undo(state, action.positionsNow);
    case 'redo':
      return redo(state, action.positionsNow);
    case 'positions-applied':
      return { ...state, pendingPositions: null };
    case 'panel':
      return { ...state, panel: action.panel };
    case 'path-query':
      return { ...state, pathQuery: { ...state.pathQuery, ...action.patch } };
    case 'active-path':
      return { ...state, activePath: action.path };
    case 'metrics-computed':
      return { ...state, metrics: { values: action.values, forVisible: action.forVisible } };
    case 'metric-mapping':
      return { ...state, metricMapping: { ...state.metricMapping, ...action.patch } };
    case 'dyads':
      return { ...state, dyads: action.on };
    case 'group-by':
      return { ...state, groupBy: action.attribute, collapsedGroups: [] };
    case 'toggle-group':
      return {
        ...state,
        collapsedGroups: state.collapsedGroups.includes(action.group)
          ? state.collapsedGroups.filter((g) => g !== action.group)
          : [...state.collapsedGroups, action.group],
      };
    case 'viewport-restored':
      return { ...state, pendingViewport: null };
    case 'busy':
      return { ...state, busy: action.message };
    case 'problems':
      return { ...state, problems: action.problems, busy: null };
    case 'notice':
      return { ...state, notice: action.message };
    case 'filters-changed':
      return { ...state, filters: { ...state.filters, ...action.patch }, matchCursor: 0 };
    case 'filters-reset':
      return { ...state, filters: DEFAULT_FILTERS, focusDepth: 0, focusSeeds: [], matchCursor: 0 };
    case 'select':
      return { ...state, selection: action.selection };
    case 'focus': {
      if (action.depth === 0 || !state.doc || !state.selection) return { ...state, focusDepth: 0, focusSeeds: [] };
      return { ...state, focusDepth: action.depth, focusSeeds: seedsOf(state.doc.index, state.selection) };
    }
    case 'layout':
      return { ...state, layout: action.layout, layoutRun: state.layoutRun + 1 };
    case 'query':
      return { ...state, query: action.query, matchCursor: 0, jumpRun: state.jumpRun + 1 };
    case 'step-match': {
      if (action.total === 0) return state;
      const cursor = (state.matchCursor + action.delta + action.total) % action.total;
      return { ...state, matchCursor: cursor, jumpRun: state.jumpRun + 1 };
    }
    case 'dialog':
      return { ...state, dialog: action.dialog };
    case 'pending-import':
      return { ...state, pendingImport: action.pending, busy: null };
    case 'document-saved':
      return state.savedGraph === action.graph ? state : { ...state, savedGraph: action.graph };
    case 'escape':
      // One step back per press: dialog, then search, then focus, then selection.
      if (state.pendingImport) return { ...state, pendingImport: null };
      if (state.editor) return { ...state, editor: null };
      if (state.dialog) return { ...state, dialog: null };
      if (state.query) return { ...state, query: '', matchCursor: 0 };
      if (state.focusDepth > 0) return { ...state, focusDepth: 0, focusSeeds: [] };
      if (state.selection) return { ...state, selection: null };
      return state;
    default:
      return assertNever(action);
  }
}
