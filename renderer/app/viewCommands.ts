import { getGraphView } from '../graph/viewRegistry';
import { getCanvasScope } from '../graph/canvasScopeStore';
import { afterPaint } from './afterPaint';
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

/**
 * Draws a big graph's visible part although it is more than the canvas draws on its own (D, or the
 * button over the canvas). The status bar's message is painted before cytoscape holds the window.
 */
export async function drawVisiblePart(): Promise<void> {
  const scope = getCanvasScope();
  const view = getGraphView();
  if (scope.kind !== 'waiting' || !view) return;
  dispatch({ type: 'busy', message: `Drawing ${scope.actors.toLocaleString('en-US')} actors and ${scope.relations.toLocaleString('en-US')} relations…` });
  await afterPaint();
  view.drawVisible();
  await afterPaint();
  dispatch({ type: 'busy', message: null });
}
