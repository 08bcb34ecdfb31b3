import type { SaveChangesChoice } from '../../core/host/contract';

/**
 * The browser host's "save your changes?" question, worded as the Electron box (electron/dialogs.ts)
 * with Save / Don't Save / Cancel: a native modal <dialog>, so the browser traps focus, makes the page
 * behind it inert and answers Escape. Built with the DOM API because the host sits below React; it
 * reuses the app's dialog styles (dialog, .dialog-actions, button.primary) so it follows the theme.
 */

const BUTTONS: ReadonlyArray<{ readonly label: string; readonly choice: SaveChangesChoice }> = [
  { label: 'Save', choice: 'save' },
  { label: "Don't Save", choice: 'discard' },
  { label: 'Cancel', choice: 'cancel' },
];

/** Ids must be unique in the page; a counter keeps two questions (never expected) apart. */
let asked = 0;

function choiceFrom(returnValue: string): SaveChangesChoice {
  // Escape and any other close leave the return value empty (or not a choice): that is Cancel.
  return BUTTONS.find((b) => b.choice === returnValue)?.choice ?? 'cancel';
}

/** Shows the question over the page and resolves with the answer once the dialog is gone. */
export function askToSaveChangesInDialog(documentName: string): Promise<SaveChangesChoice> {
  asked += 1;
  const dialog = document.createElement('dialog');
  dialog.className = 'save-changes';
  // An alert dialog: it interrupts the open and needs an answer before anything else happens.
  dialog.setAttribute('role', 'alertdialog');

  const title = document.createElement('h2');
  title.id = `save-changes-title-${asked}`;
  title.textContent = `Do you want to save the changes you made to ${documentName}?`;
  const message = document.createElement('p');
  message.id = `save-changes-message-${asked}`;
  message.textContent = 'Your changes will be lost if you open another file without saving them.';
  dialog.setAttribute('aria-labelledby', title.id);
  dialog.setAttribute('aria-describedby', message.id);

  const actions = document.createElement('div');
  actions.className = 'dialog-actions';
  for (const { label, choice } of BUTTONS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    if (choice === 'save') {
      // The default answer, as in the Electron box: focused when the dialog opens, Enter takes it.
      button.className = 'primary';
      button.autofocus = true;
    }
    button.addEventListener('click', () => dialog.close(choice));
    actions.append(button);
  }
  dialog.append(title, message, actions);
  // The app's shortcuts listen on the window and know nothing of this dialog: keys stop here, or
  // Ctrl+Z or Delete would edit the graph behind the question and their Escape handler would swallow
  // the dialog's. The browser's own handling (Escape, Tab, Enter on a button) still happens.
  dialog.addEventListener('keydown', (event) => event.stopPropagation());

  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        const answer = choiceFrom(dialog.returnValue);
        dialog.remove();
        resolve(answer);
      },
      { once: true },
    );
    document.body.append(dialog);
    dialog.showModal();
  });
}
