import { deleteElements } from '../../core/graph/edits';
import { dispatch, store } from '../state/store';
import { applyEdit } from './applyEdit';

/** Deletes the selected actor (with its relations) or relation, after the analyst confirms. */
export function deleteSelection(confirm: (message: string) => boolean = (m) => window.confirm(m)): void {
  const { doc, selection } = store.getState();
  if (!doc || !selection) return;
  const label =
    selection.kind === 'node' ? (doc.index.nodesById.get(selection.id)?.label ?? selection.id) : 'this relation';
  const relations = selection.kind === 'node' ? (doc.index.incident.get(selection.id)?.length ?? 0) : 0;
  const message = relations > 0 ? `Delete ${label} and its ${relations} relations?` : `Delete ${label}?`;
  if (!confirm(message)) return;
  applyEdit(deleteElements(doc.graph, new Set([selection.id])), null, `Deleted ${label}.`);
  dispatch({ type: 'focus', depth: 0 });
}
