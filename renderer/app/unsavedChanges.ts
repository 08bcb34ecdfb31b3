import { useEffect } from 'react';
import { documentNameFor, type DocumentState } from '../../core/host/contract';
import { dispatch, store } from '../state/store';
import { documentTitle, hasUnsavedEdits } from '../state/unsaved';
import { saveGraph } from './exportGraph';

/**
 * Before another file replaces the open graph: true when it may — no unsaved edits, the user chose
 * Don't Save, or chose Save and the save went through. The host asks (a native box in Electron).
 */
export async function confirmReplacingEdits(): Promise<boolean> {
  const state = store.getState();
  if (!state.doc || !hasUnsavedEdits(state)) return true;
  const answer = await window.kg.askToSaveChanges({ documentName: documentNameFor(state.doc.fileName) });
  if (!answer.ok) {
    dispatch({ type: 'problems', problems: { title: 'Could not ask whether to save your changes; nothing was opened', items: [answer.error] } });
    return false;
  }
  switch (answer.value) {
    case 'discard':
      return true;
    case 'cancel':
      return false;
    case 'save':
      return (await saveGraph()) === 'saved';
  }
}

/**
 * Keeps the page title ("• name — KG Explorer" while edited) and the host told of the open document
 * and its edits, and answers the host's "save before closing" with the Ctrl+S save flow.
 */
export function useUnsavedChanges(): void {
  useEffect(() => {
    let reported: DocumentState | null = null;
    const report = (): void => {
      const state = store.getState();
      document.title = documentTitle(state);
      if (!state.doc) return;
      const next: DocumentState = { name: documentNameFor(state.doc.fileName), edited: hasUnsavedEdits(state) };
      if (reported && reported.name === next.name && reported.edited === next.edited) return;
      reported = next;
      void window.kg.setDocumentState(next);
    };
    report();
    const unsubscribe = store.subscribe(report);
    const offSave = window.kg.onSaveBeforeClose(saveGraph);
    return () => {
      unsubscribe();
      offSave();
    };
  }, []);
}
