import path from 'node:path';
import { app, BrowserWindow, Menu, screen, session } from 'electron';
import { MAX_OPEN_FILE_BYTES } from '../core/host/contract';
import { createAppStateStore } from './appStateStore';
import { writeFileAtomically } from './atomicWrite';
import { loadBundledGraph } from './bundledGraph';
import { createCloseGuard, createSaveRequests } from './closeGuard';
import { filesFromArgv } from './commandLine';
import { createDesktopState, type DesktopState } from './desktopState';
import { showOpenDialog, showOpenFileProblem, showSaveChangesBox, showSaveDialog } from './dialogs';
import { hardenSession, hardenWebContents } from './hardening';
import { registerIpcHandlers, sendMenuCommand, sendOpenFile, sendSaveBeforeClose } from './ipc';
import { createLogger, type Logger, type LogLevel } from './logFile';
import { buildMenuTemplate } from './menu';
import { createOpenFileQueue } from './openFileQueue';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { readPickedFile } from './readPickedFile';
import { WINDOW_ICON } from './webPreferences';
import { createMainWindow } from './window';

/**
 * Entry of the main process: wires the small modules together and runs the app lifecycle.
 * Paths are relative to app.getAppPath() (the folder with package.json), where the build puts
 * dist/electron/{main,preload}.cjs and dist/renderer/.
 */

let mainWindow: BrowserWindow | null = null;
/** Set once IPC, protocol and menu are in place; a dock click before that must not open a window. */
let started = false;
/** The log file in <userData>/logs, opened on first use (userData is known before `ready`). */
let logger: Logger | null = null;
function log(level: LogLevel, message: string): void {
  // The terminal keeps getting the messages as before; the file gets them with a time stamp.
  logger ??= createLogger(path.join(app.getPath('userData'), 'logs'), { echo: () => undefined });
  (level === 'info' ? console.log : console.error)(`[kg] ${message}`);
  logger.log(level, message);
}
/** Window bounds and recent files, read once from <userData>/app-state.json (see run()). */
let desktop: DesktopState | null = null;

/**
 * Files to open from the command line, a second launch or macOS's open-file: read by main with the
 * same size-capped reader as the Open dialog (bytes only, never parsed), then pushed to the renderer,
 * whose worker parses them like any other file.
 */
const filesToOpen = createOpenFileQueue({
  read: async (filePath) => {
    const file = await readPickedFile(filePath, MAX_OPEN_FILE_BYTES);
    if (file.ok) desktop?.addRecent(filePath);
    return file;
  },
  deliver: (file) => sendOpenFile(mainWindow, file),
  report: (message) => {
    log('error', `could not open a file: ${message}`);
    // A message box needs a ready app; the file may have been named before that.
    void app.whenReady().then(() => showOpenFileProblem(mainWindow, message));
  },
});

/** Set by 'before-quit'; a prompt answered Cancel turns it off again (Electron aborts that quit). */
let quitting = false;
/** Save requests main sends the page when the user picks Save in the close prompt. */
const saveRequests = createSaveRequests((requestId) => sendSaveBeforeClose(mainWindow, requestId));
/** Asks before a window with unsaved edits closes (and so before the app quits). */
const closeGuard = createCloseGuard({
  ask: (documentName) => showSaveChangesBox(mainWindow, documentName, 'close'),
  save: () => saveRequests.request(),
  proceed: () => {
    // Quitting goes on through app.quit (it closes the window again, now allowed); a plain close
    // closes the window (on macOS the app stays, as usual).
    if (quitting) app.quit();
    else mainWindow?.close();
  },
  keepOpen: () => {
    quitting = false;
  },
});

// One instance per user: a second launch (`kg-explorer other.graphml` from a terminal, a file
// manager's "Open with") hands its files to the running app and quits. Finder does this on its own
// on macOS and sends 'open-file'; the lock covers terminals and the other platforms.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  run();
}

function run(): void {
  // Every renderer sandboxed, whatever its webPreferences say (security checklist item 4).
  app.enableSandbox();
  desktop = createDesktopState(
    createAppStateStore(app.getPath('userData'), (message) => log('warn', message)),
    process.platform,
    () => {
      if (started) installMenu();
    },
  );
  // Before `ready`: the scheme must be known to Chromium when it starts.
  registerAppScheme();
  // Guards on every WebContents ever created, not only the main window.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  // macOS: a file dropped on the dock icon or opened from Finder. Registered before `ready`, since
  // the file that launched the app arrives this way, possibly before `ready`; the queue holds it.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    showMainWindow();
    void filesToOpen.open([filePath]);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    showMainWindow();
    void filesToOpen.open(filesFromArgv(argv, { isPackaged: app.isPackaged, cwd: workingDirectory }));
  });

  // `electron . a.kg.json` in development, `kg-explorer a.kg.json` packaged.
  void filesToOpen.open(filesFromArgv(process.argv, { isPackaged: app.isPackaged, cwd: process.cwd() }));

  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      log('error', `startup failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      app.exit(1);
    });

  // macOS keeps the app running with no window and reopens one from the dock.
  app.on('activate', () => {
    if (started && BrowserWindow.getAllWindows().length === 0) openMainWindow(app.getAppPath());
  });

  // Cmd+Q, the Quit menu item, or the OS logging out: every window gets 'close', where the guard asks.
  app.on('before-quit', () => {
    quitting = true;
  });

  // The window's bounds are saved as it closes; the atomic write must finish before the process ends.
  let stateFlushed = false;
  app.on('will-quit', (event) => {
    if (stateFlushed || desktop === null) return;
    event.preventDefault();
    void desktop.saved().finally(() => {
      stateFlushed = true;
      app.quit();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

async function start(): Promise<void> {
  const appPath = app.getAppPath();
  hardenSession(session.defaultSession);
  serveAppProtocol(path.join(appPath, 'dist', 'renderer'));

  // Read and validated while the window is created and its page loads (the window does not wait for
  // it); the renderer's request for it waits instead. A broken bundled graph is a developer error: say
  // so loudly, but the renderer validates the same text and shows the problems.
  const bundledLoading = loadBundledGraph(appPath).then((bundled) => {
    if (bundled.problems.length > 0) {
      log('error', `DEVELOPER ERROR: the bundled graph is broken:\n${bundled.problems.join('\n')}`);
    } else {
      log('info', `started ${app.getName()} ${app.getVersion()}; the bundled graph is valid`);
    }
    return bundled;
  });

  registerIpcHandlers(() => mainWindow, {
    bundledGraph: async () => {
      const bundled = await bundledLoading;
      // The renderer asks for the bundled graph as it starts. Files to open go out after this reply
      // (setImmediate: the reply is sent when this handler's promise settles), so the renderer
      // installs the bundled graph first and the user's file last.
      setImmediate(() => filesToOpen.bundledGraphServed());
      return bundled.graph;
    },
    appInfo: () => ({ name: app.getName(), version: app.getVersion(), host: 'electron', platform: process.platform }),
    showOpenDialog: async (filters) => {
      const picked = await showOpenDialog(mainWindow, filters);
      if (picked !== null) desktop?.addRecent(picked);
      return picked;
    },
    showSaveDialog: (name, filters) => showSaveDialog(mainWindow, name, filters),
    readFile: readPickedFile,
    writeFile: writeFileAtomically,
    setDocumentState: (state) => {
      closeGuard.setDocumentState(state);
      // The page's title carries the "• " marker itself; macOS also shows the dot in the close button.
      if (process.platform === 'darwin') mainWindow?.setDocumentEdited(state.edited);
    },
    askToSaveChanges: (documentName) => showSaveChangesBox(mainWindow, documentName, 'open'),
    saveBeforeCloseDone: (done) => saveRequests.settle(done),
  });

  // The window first: the menu (which needs the recent files from app-state.json) can come a moment later.
  openMainWindow(appPath);
  started = true;
  recentFiles = (await desktop?.state())?.recentFiles ?? [];
  installMenu();
}

let recentFiles: readonly string[] = [];

/** (Re)builds the native menu, e.g. when the recent files change. */
function installMenu(): void {
  void (desktop?.state() ?? Promise.resolve(null)).then((state) => {
    recentFiles = state?.recentFiles ?? recentFiles;
    const template = buildMenuTemplate({
      platform: process.platform,
      appName: app.getName(),
      send: (command) => sendMenuCommand(mainWindow, command),
      recent: {
        files: recentFiles,
        // Through the same queue (and size-capped reader) as a file from the OS.
        open: (filePath) => void filesToOpen.open([filePath]),
        clear: () => desktop?.clearRecent(),
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  });
}

function openMainWindow(appPath: string): void {
  const window = createMainWindow(path.join(appPath, 'dist', 'electron', 'preload.cjs'), windowIcon(appPath));
  mainWindow = window;
  void desktop?.restoreWindow(window, {
    workAreas: () => screen.getAllDisplays().map((d) => d.workArea),
    primaryWorkArea: () => screen.getPrimaryDisplay().workArea,
  });
  window.on('close', (event) => {
    desktop?.rememberWindow(window);
    closeGuard.onClose(event);
  });
  // Pushed files wait for a page that has loaded and asked for its bundled graph; a new document
  // (first load, reload) or a crashed renderer starts that wait again. 'did-navigate' fires only for
  // committed main-frame navigations, not for the ones hardening.ts cancels.
  filesToOpen.pageChanged();
  closeGuard.pageGone();
  // A page that goes away takes its edits with it: nothing is left to ask about or to save.
  const pageGone = (): void => {
    filesToOpen.pageChanged();
    closeGuard.pageGone();
    saveRequests.abandon();
  };
  window.webContents.on('did-navigate', pageGone);
  window.webContents.on('render-process-gone', pageGone);
  window.webContents.on('did-finish-load', () => filesToOpen.pageLoaded());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    pageGone();
  });
}

/** Linux shows this in the title bar and taskbar; macOS and Windows use the app bundle's icon. */
function windowIcon(appPath: string): string | undefined {
  return process.platform === 'linux' ? path.join(appPath, WINDOW_ICON) : undefined;
}

/** Brings the app to the front for a file opened from outside (reopening the window on macOS). */
function showMainWindow(): void {
  if (!started) return;
  if (mainWindow === null || mainWindow.isDestroyed()) {
    openMainWindow(app.getAppPath());
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  if (mainWindow.isVisible()) mainWindow.focus();
}
