/** Names shared by main, preload and renderer; no dependencies, so the preload stays tiny. */

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = [
  'open',
  'export-json',
  'export-png',
  'fit',
  'zoom-in',
  'zoom-out',
  'layout-fcose',
  'layout-concentric',
  'layout-breadthfirst',
  'layout-grid',
  'layout-circle',
  'about',
  'shortcuts',
  'find',
  'export',
  'import-csv',
  'save-workspace',
  'open-workspace',
  'extract-article',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** IPC channel names: the only ones main answers. */
export const IPC_CHANNELS = {
  getBundledGraph: 'kg:get-bundled-graph',
  openFile: 'kg:open-file',
  saveFile: 'kg:save-file',
  getAppInfo: 'kg:get-app-info',
  menuCommand: 'kg:menu-command',
  /** Main → renderer: a file to open (command line, second instance, OS open-file). */
  openFileRequest: 'kg:open-file-request',
  /** Renderer → main: the open document's name and whether it has unsaved edits (title, close prompt). */
  documentState: 'kg:document-state',
  /** Renderer → main: show the native "Save / Don't Save / Cancel" box (opening over an edited graph). */
  askToSaveChanges: 'kg:ask-to-save-changes',
  /** Main → renderer: the user chose Save in the close prompt; run the save flow and answer. */
  saveBeforeClose: 'kg:save-before-close',
  /** Renderer → main: how that save ended (saved, cancelled, failed). */
  saveBeforeCloseDone: 'kg:save-before-close-done',
} as const;
