import { getGraphView } from '../graph/viewRegistry';
import type { LayoutName } from '../state/appState';
import { dispatch, store } from '../state/store';

/** Runs a layout as one undoable step: the positions before it are kept for undo. */
export function applyLayout(layout: LayoutName): void {
  const positionsBefore = getGraphView()?.positions();
  dispatch(positionsBefore ? { type: 'layout', layout, positionsBefore } : { type: 'layout', layout });
}

/** Hides the selection (an actor takes its relations along); Shift+H shows everything again. */
export function hideSelection(): void {
  const { selection } = store.getState();
  if (selection) dispatch({ type: 'hide', ids: [selection.id] });
}

export function togglePinSelection(): void {
  const { selection, pinnedIds } = store.getState();
  if (selection?.kind !== 'node') return;
  dispatch({ type: 'pin', ids: [selection.id], pinned: !pinnedIds.includes(selection.id) });
}
