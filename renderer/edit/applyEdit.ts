import type { GraphFile } from '../../core/model/schema';
import { editedGraph } from '../state/loadedGraph';
import { dispatch, store } from '../state/store';
import type { Selection } from '../state/appState';

/** Installs an edited (already validated) graph as a change of the open document. */
export function applyEdit(graph: GraphFile, selection: Selection, message: string): void {
  const doc = store.getState().doc;
  if (!doc) return;
  dispatch({ type: 'graph-edited', doc: editedGraph(doc, graph), selection });
  dispatch({ type: 'notice', message });
}
