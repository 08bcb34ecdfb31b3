import { getGraphView } from '../graph/viewRegistry';
import { dispatch, store } from '../state/store';

/** Undo or redo one change of the graph or the view; positions now are kept for the way back. */
export function runHistory(kind: 'undo' | 'redo'): void {
  const { history } = store.getState();
  const step = kind === 'undo' ? history.past[history.past.length - 1] : history.future[0];
  if (!step) {
    dispatch({ type: 'notice', message: kind === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.' });
    return;
  }
  const positionsNow = getGraphView()?.positions() ?? null;
  dispatch({ type: kind, positionsNow });
  dispatch({ type: 'notice', message: `${kind === 'undo' ? 'Undid' : 'Redid'} ${step.label}.` });
}
