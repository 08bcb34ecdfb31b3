import type { AppState } from './appState';

/**
 * Whether the open graph has edits not yet saved. What counts is the graph's data only — actors,
 * relations, their attributes, evidence and sources — changed by Add, Edit or Delete since the file was
 * opened or last saved in full (native JSON, Ctrl+S, or a workspace). View changes (zoom, layouts,
 * dragged positions, filters, hiding, pinning, grouping) do not: they are not part of the document,
 * and a workspace keeps them when wanted. Undoing back to the saved graph makes it clean again, since
 * undo restores the very graph value that was saved.
 */
export function hasUnsavedEdits(state: AppState): boolean {
  return state.doc !== null && state.doc.graph !== state.savedGraph;
}

/** The marker the title carries while there are unsaved edits. */
export const EDITED_MARKER = '• ';

/** "• belarus-china.kg.json — KG Explorer" while edited; the name without the marker once saved. */
export function documentTitle(state: AppState): string {
  if (!state.doc) return 'KG Explorer';
  return `${hasUnsavedEdits(state) ? EDITED_MARKER : ''}${state.doc.fileName} — KG Explorer`;
}
