import bundledGraphUrl from '../../data/belarus-china.kg.json?url';
import { MAX_OPEN_FILE_BYTES, type KgHost, type OpenRequest, type SaveRequest } from '../../core/host/contract';
import { err, ok } from '../../core/util/result';
import { askToSaveChangesInDialog } from './saveChangesDialog';

/**
 * The browser host: the same contract as the Electron preload, with the File API to open and a
 * download to save. Used for the web build and for end-to-end tests where Electron cannot run.
 */

const BUNDLED_NAME = 'belarus-china.kg.json';

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** The browser's own "Leave site?" prompt, while the graph has unsaved edits. */
function warnBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
  // Older Chromium and Safari still need returnValue set to show the prompt.
  event.returnValue = '';
}
let warningBeforeUnload = false;

function pickFile(request: OpenRequest): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = request.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    input.dataset['testid'] = 'browser-host-file-input';
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

export const browserHost: KgHost = {
  async getBundledGraph() {
    try {
      const response = await fetch(bundledGraphUrl);
      if (!response.ok) return err(`Could not load the bundled graph (HTTP ${response.status}).`);
      return ok({ name: BUNDLED_NAME, text: await response.text() });
    } catch (e) {
      return err(`Could not load the bundled graph: ${e instanceof Error ? e.message : String(e)}`);
    }
  },
  async openFile(request) {
    const file = await pickFile(request);
    if (!file) return ok(null);
    if (file.size > MAX_OPEN_FILE_BYTES) {
      return err(`${file.name} is ${megabytes(file.size)}; the limit is ${megabytes(MAX_OPEN_FILE_BYTES)}.`);
    }
    // Handed over unread: the worker reads it (see UnreadFile).
    return ok({ name: file.name, bytes: file });
  },
  async saveFile(request: SaveRequest) {
    // The Blob copies the bytes once; a copy before it (slice) cost 200 ms more at 58 MB.
    const blob = new Blob([request.bytes], { type: 'application/octet-stream' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = request.suggestedName;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
    // Revoke later: the download starts asynchronously.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return ok({ path: request.suggestedName });
  },
  async getAppInfo() {
    return ok({ name: 'KG Explorer', version: __APP_VERSION__, host: 'browser', platform: navigator.platform });
  },
  onOpenFile() {
    // Files reach the browser build through the Open button or drag and drop.
    return () => undefined;
  },
  onMenuCommand() {
    // A browser has no native menu; the renderer's own shortcuts cover the same commands.
    return () => undefined;
  },
  async setDocumentState(state) {
    if (state.edited !== warningBeforeUnload) {
      warningBeforeUnload = state.edited;
      if (state.edited) window.addEventListener('beforeunload', warnBeforeUnload);
      else window.removeEventListener('beforeunload', warnBeforeUnload);
    }
    return ok(undefined);
  },
  async askToSaveChanges({ documentName }) {
    // Save / Don't Save / Cancel, as the Electron box; Save then runs the Ctrl+S flow (a download).
    return ok(await askToSaveChangesInDialog(documentName));
  },
  onSaveBeforeClose() {
    // The browser closes a tab without asking the page to save; beforeunload warns instead.
    return () => undefined;
  },
};
