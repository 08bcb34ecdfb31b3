import path from 'node:path';
import { app, BrowserWindow, Menu, session } from 'electron';
import { writeFileAtomically } from './atomicWrite';
import { loadBundledGraph } from './bundledGraph';
import { showOpenDialog, showSaveDialog } from './dialogs';
import { hardenSession, hardenWebContents } from './hardening';
import { registerIpcHandlers, sendMenuCommand } from './ipc';
import { buildMenuTemplate } from './menu';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { readPickedFile } from './readPickedFile';
import { createMainWindow } from './window';

/**
 * Entry of the main process: wires the small modules together and runs the app lifecycle.
 * Paths are relative to app.getAppPath() (the folder with package.json), where the build puts
 * dist/electron/{main,preload}.cjs and dist/renderer/.
 */

// Every renderer sandboxed, whatever its webPreferences say (security checklist item 4).
app.enableSandbox();
// Before `ready`: the scheme must be known to Chromium when it starts.
registerAppScheme();
// Guards on every WebContents ever created, not only the main window.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

let mainWindow: BrowserWindow | null = null;
/** Set once IPC, protocol and menu are in place; a dock click before that must not open a window. */
let started = false;

async function start(): Promise<void> {
  const appPath = app.getAppPath();
  hardenSession(session.defaultSession);
  serveAppProtocol(path.join(appPath, 'dist', 'renderer'));

  // A broken bundled graph is a developer error: say so loudly, but still open the window, where
  // the renderer validates the same text and shows the problems.
  const bundled = await loadBundledGraph(appPath);
  if (bundled.problems.length > 0) {
    console.error(`[kg] DEVELOPER ERROR: the bundled graph is broken:\n  ${bundled.problems.join('\n  ')}`);
  }

  registerIpcHandlers(() => mainWindow, {
    bundledGraph: () => bundled.graph,
    appInfo: () => ({ name: app.getName(), version: app.getVersion(), host: 'electron', platform: process.platform }),
    showOpenDialog: (filters) => showOpenDialog(mainWindow, filters),
    showSaveDialog: (name, filters) => showSaveDialog(mainWindow, name, filters),
    readFile: readPickedFile,
    writeFile: writeFileAtomically,
  });

  const template = buildMenuTemplate({
    platform: process.platform,
    appName: app.getName(),
    send: (command) => sendMenuCommand(mainWindow, command),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));

  openMainWindow(appPath);
  started = true;
}

function openMainWindow(appPath: string): void {
  mainWindow = createMainWindow(path.join(appPath, 'dist', 'electron', 'preload.cjs'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

app
  .whenReady()
  .then(start)
  .catch((e: unknown) => {
    console.error('[kg] startup failed:', e);
    app.exit(1);
  });

// macOS keeps the app running with no window and reopens one from the dock.
app.on('activate', () => {
  if (started && BrowserWindow.getAllWindows().length === 0) openMainWindow(app.getAppPath());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
