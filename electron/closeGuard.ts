import type { DocumentState, SaveBeforeCloseDone, SaveChangesChoice, SaveOutcome } from '../core/host/contract';

/**
 * The unsaved-changes prompt when the window closes or the app quits, as plain logic over injected
 * functions (main.ts passes the native box, the IPC send and BrowserWindow/app calls).
 *
 * The page pushes its document state on every change (kg:document-state) instead of main asking at
 * close time: 'close' must be prevented synchronously, so main has to know then whether there are
 * edits; and a hung or crashed page can never keep the window from closing.
 */
export interface CloseGuardActions {
  /** The native "Save / Don't Save / Cancel" box. */
  readonly ask: (documentName: string) => Promise<SaveChangesChoice>;
  /** Asks the page to run its save flow; 'failed' when the page cannot answer. */
  readonly save: () => Promise<SaveOutcome>;
  /** Closes the window for real, or carries on quitting the app. */
  readonly proceed: () => void;
  /** The user kept the window open: a quit in progress stops. */
  readonly keepOpen: () => void;
}

export interface CloseGuard {
  /** The page's latest document state (validated by ipcValidation). */
  readonly setDocumentState: (state: DocumentState) => void;
  readonly documentState: () => DocumentState | null;
  /** The window's 'close' handler. */
  readonly onClose: (event: { preventDefault: () => void }) => void;
  /** A reload, a crash or a closed window: that page's edits are gone, and so is its state. */
  readonly pageGone: () => void;
}

export function createCloseGuard(actions: CloseGuardActions): CloseGuard {
  let state: DocumentState | null = null;
  /** Set once the user answered Don't Save, or the save succeeded: the next close goes through. */
  let closeAllowed = false;
  let prompting = false;

  async function decide(documentName: string): Promise<void> {
    const choice = await actions.ask(documentName);
    if (choice === 'save' && (await actions.save()) !== 'saved') {
      // A cancelled save dialog or a failed write keeps the window: the edits are still only there.
      actions.keepOpen();
      return;
    }
    if (choice === 'cancel') {
      actions.keepOpen();
      return;
    }
    closeAllowed = true;
    actions.proceed();
  }

  return {
    setDocumentState: (next) => {
      state = next;
    },
    documentState: () => state,
    onClose: (event) => {
      if (closeAllowed || state === null || !state.edited) return;
      event.preventDefault();
      // A second close (or Cmd+Q) while the box is up changes nothing.
      if (prompting) return;
      prompting = true;
      decide(state.name)
        .catch(() => actions.keepOpen())
        .finally(() => {
          prompting = false;
        });
    },
    pageGone: () => {
      state = null;
      closeAllowed = false;
    },
  };
}

/**
 * Save requests main sends the page (kg:save-before-close), each with its own number; the page's
 * answer (kg:save-before-close-done) settles only the request with that number, once. A page that
 * goes away (reload, crash, closed window) settles what is pending as 'failed'.
 */
export interface SaveRequests {
  readonly request: () => Promise<SaveOutcome>;
  readonly settle: (done: SaveBeforeCloseDone) => void;
  readonly abandon: () => void;
}

export function createSaveRequests(send: (requestId: number) => boolean): SaveRequests {
  let lastId = 0;
  const pending = new Map<number, (outcome: SaveOutcome) => void>();
  return {
    request: () =>
      new Promise<SaveOutcome>((resolve) => {
        const requestId = ++lastId;
        pending.set(requestId, resolve);
        if (!send(requestId)) {
          pending.delete(requestId);
          resolve('failed');
        }
      }),
    settle: ({ requestId, outcome }) => {
      const resolve = pending.get(requestId);
      pending.delete(requestId);
      resolve?.(outcome);
    },
    abandon: () => {
      for (const resolve of pending.values()) resolve('failed');
      pending.clear();
    },
  };
}
