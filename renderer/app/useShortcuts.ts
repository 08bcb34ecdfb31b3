import { useEffect } from 'react';
import { selectSearch } from '../state/derived';
import { dispatch, store } from '../state/store';
import { isMac } from '../panels/shortcutLabels';
import { runCommand } from './commands';
import { actionForKey } from './keymap';
import { deleteSelection } from '../edit/deleteSelection';
import { runHistory } from './history';
import { drawVisiblePart, hideSelection, togglePinSelection } from './viewCommands';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'range', 'button'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable;
}

/** Window-wide keyboard shortcuts (see SHORTCUTS for the list shown to users). */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = actionForKey(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          shiftKey: event.shiftKey,
          altKey: event.altKey,
          typing: isTyping(event.target),
        },
        isMac,
      );
      if (!action) return;
      // A modal dialog handles its own Escape.
      if (action.kind === 'escape' && (store.getState().dialog || store.getState().editor || store.getState().pendingImport)) return;
      // Nothing but Escape acts behind an open dialog.
      if (store.getState().editor || store.getState().dialog || store.getState().pendingImport) {
        if (action.kind !== 'command' || action.command !== 'find') return;
      }
      event.preventDefault();
      switch (action.kind) {
        case 'command':
          runCommand(action.command);
          return;
        case 'focus':
          dispatch({ type: 'focus', depth: action.depth });
          return;
        case 'step-match':
          dispatch({ type: 'step-match', delta: action.delta, total: selectSearch(store.getState()).hits.length });
          return;
        case 'escape':
          dispatch({ type: 'escape' });
          return;
        case 'edit-selection': {
          const selection = store.getState().selection;
          if (selection) dispatch({ type: 'edit', editor: selection });
          return;
        }
        case 'hide-selection':
          hideSelection();
          return;
        case 'show-hidden':
          dispatch({ type: 'show-hidden' });
          return;
        case 'pin-selection':
          togglePinSelection();
          return;
        case 'draw-visible':
          void drawVisiblePart();
          return;
        case 'delete-selection':
          deleteSelection();
          return;
        case 'undo':
        case 'redo':
          runHistory(action.kind);
          return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
