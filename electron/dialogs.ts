import { dialog, type BrowserWindow, type FileFilter as ElectronFileFilter } from 'electron';
import type { FileFilter, SaveChangesChoice } from '../core/host/contract';

/** Electron wants mutable arrays; the contract's filters are readonly. */
function toElectronFilters(filters: readonly FileFilter[]): ElectronFileFilter[] {
  return filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));
}

/** The native open dialog, modal to the app window. Resolves to the picked path or null (cancelled). */
export async function showOpenDialog(parent: BrowserWindow | null, filters: readonly FileFilter[]): Promise<string | null> {
  const options = { properties: ['openFile' as const], filters: toElectronFilters(filters) };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The native save dialog; the suggested name was checked to be a plain file name (ipcValidation). */
export async function showSaveDialog(
  parent: BrowserWindow | null,
  suggestedName: string,
  filters: readonly FileFilter[],
): Promise<string | null> {
  const options = { defaultPath: suggestedName, filters: toElectronFilters(filters), properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/**
 * Tells the user a file given on the command line or by the OS could not be opened (missing, too big,
 * not a file). Not awaited: the app keeps running while the box is up. Sheet on the window when it is
 * showing, a free-standing box otherwise (e.g. at startup, before the window is shown).
 */
export function showOpenFileProblem(parent: BrowserWindow | null, message: string): void {
  const options = { type: 'error' as const, title: 'KG Explorer', message: 'A file could not be opened', detail: message, buttons: ['OK'] };
  const shown = parent && !parent.isDestroyed() && parent.isVisible() ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
  shown.catch((e: unknown) => console.error('[kg] could not show the message box:', e));
}

/** The three buttons, in the order the box shows them; Cancel is also what Escape answers. */
const SAVE_CHANGES_BUTTONS: readonly SaveChangesChoice[] = ['save', 'discard', 'cancel'];

/**
 * "Do you want to save the changes you made to X?" with Save / Don't Save / Cancel, as a sheet on the
 * window: when the window closes or the app quits over an edited graph, and before another file
 * replaces it. Cancel is the answer to Escape and to closing the box.
 */
export async function showSaveChangesBox(parent: BrowserWindow | null, documentName: string, when: 'close' | 'open'): Promise<SaveChangesChoice> {
  const options = {
    type: 'warning' as const,
    title: 'KG Explorer',
    message: `Do you want to save the changes you made to ${documentName}?`,
    detail: when === 'close' ? 'Your changes will be lost if you close without saving them.' : 'Your changes will be lost if you open another file without saving them.',
    buttons: ['Save…', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
  const shown = parent && !parent.isDestroyed() ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return SAVE_CHANGES_BUTTONS[shown.response] ?? 'cancel';
}
