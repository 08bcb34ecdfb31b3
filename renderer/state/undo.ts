import type { FilterState } from '../../core/filter/filters';
import type { Position } from '../../core/model/schema';
import type { Action } from './actions';
import type { AppState, LayoutName, LoadedGraph } from './appState';

/**
 * Undo and redo for every change of the graph and the view: edits, hiding, pinning, filters and
 * layouts. A snapshot is the undoable part of the state; node positions are taken by the command
 * layer (they live in the view) and put back when a layout or a drag is undone.
 */
export interface Snapshot {
  readonly doc: LoadedGraph | null;
  readonly filters: FilterState;
  readonly hiddenIds: readonly string[];
  readonly pinnedIds: readonly string[];
  readonly layout: LayoutName;
  readonly dyads: boolean;
  readonly groupBy: string | null;
  readonly collapsedGroups: readonly string[];
  readonly positions: ReadonlyMap<string, Position> | null;
  /** What the change was, for the notice ("Undid: filter"). */
  readonly label: string;
}

export interface UndoHistory {
  readonly past: readonly Snapshot[];
  readonly future: readonly Snapshot[];
  /** Consecutive changes with the same key (a slider dragged) merge into one step. */
  readonly lastKey: string | null;
}

export const EMPTY_HISTORY: UndoHistory = { past: [], future: [], lastKey: null };
const LIMIT = 200;

/** Which actions can be undone, under what name, merged by what key. */
export function undoableStep(action: Action): { label: string; key: string | null; positions: ReadonlyMap<string, Position> | null } | null {
  switch (action.type) {
    case 'filters-changed':
      return { label: 'filter change', key: `filters:${Object.keys(action.patch).sort().join(',')}`, positions: null };
    case 'filters-reset':
      return { label: 'filter reset', key: null, positions: null };
    case 'layout':
      return { label: 'layout', key: null, positions: action.positionsBefore ?? null };
    case 'graph-edited':
      return { label: 'edit', key: null, positions: action.positionsBefore ?? null };
    case 'hide':
      return { label: 'hide', key: null, positions: null };
    case 'show-hidden':
      return { label: 'show hidden', key: null, positions: null };
    case 'pin':
      return { label: action.pinned ? 'pin' : 'unpin', key: null, positions: null };
    case 'nodes-moved':
      return { label: 'move', key: null, positions: action.positionsBefore };
    case 'dyads':
      return { label: action.on ? 'collapse into dyads' : 'expand dyads', key: null, positions: null };
    case 'group-by':
      return { label: 'grouping', key: null, positions: null };
    case 'toggle-group':
      return { label: 'collapse or expand a group', key: null, positions: null };
    default:
      return null;
  }
}

export function snapshotOf(state: AppState, label: string, positions: ReadonlyMap<string, Position> | null): Snapshot {
  const { doc, filters, hiddenIds, pinnedIds, layout, dyads, groupBy, collapsedGroups } = state;
  return { doc, filters, hiddenIds, pinnedIds, layout, dyads, groupBy, collapsedGroups, positions, label };
}

/** Records the state before an undoable action (after it has been reduced to `next`). */
export function record(before: AppState, next: AppState, step: { label: string; key: string | null; positions: ReadonlyMap<string, Position> | null }): AppState {
  const history = before.history;
  if (step.key !== null && step.key === history.lastKey && history.future.length === 0) {
    return { ...next, history: { ...history, lastKey: step.key } };
  }
  const past = [...history.past, snapshotOf(before, step.label, step.positions)].slice(-LIMIT);
  return { ...next, history: { past, future: [], lastKey: step.key } };
}

function restore(state: AppState, snapshot: Snapshot, history: UndoHistory): AppState {
  const { label: _label, positions, ...rest } = snapshot;
  return { ...state, ...rest, history, pendingPositions: positions, selection: keepIfPresent(state, snapshot) };
}

/** A selection that no longer exists after undo is cleared. */
function keepIfPresent(state: AppState, snapshot: Snapshot): AppState['selection'] {
  const sel = state.selection;
  if (!sel || !snapshot.doc) return null;
  const exists = sel.kind === 'node' ? snapshot.doc.index.nodesById.has(sel.id) : snapshot.doc.index.edgesById.has(sel.id);
  return exists ? sel : null;
}

export function undo(state: AppState, positionsNow: ReadonlyMap<string, Position> | null): AppState {
  const { past, future } = state.history;
  const target = past[past.length - 1];
  if (!target) return state;
  const current = snapshotOf(state, target.label, positionsNow);
  return restore(state, target, { past: past.slice(0, -1), future: [current, ...future], lastKey: null });
}

export function redo(state: AppState, positionsNow: ReadonlyMap<string, Position> | null): AppState {
  const { past, future } = state.history;
  const target = future[0];
  if (!target) return state;
  const current = snapshotOf(state, target.label, positionsNow);
  return restore(state, target, { past: [...past, current], future: future.slice(1), lastKey: null });
}
