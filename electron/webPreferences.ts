import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The renderer's webPreferences, in a pure module so a unit test can pin every value.
 * Most are Electron's defaults already; they are spelled out so a future default change or a
 * careless edit shows up in review and in the test (Electron security checklist items 2–4, 6, 8, 9, 12).
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    // The page and the preload have separate JavaScript worlds; the page sees only window.kg.
    contextIsolation: true,
    // The renderer process runs in Chromium's OS sandbox; the preload can only require 'electron'.
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Dropping a file on the window must not navigate away from the app (to file:///…).
    navigateOnDragDrop: false,
    // The spellchecker would download dictionaries from Google's servers.
    spellcheck: false,
    experimentalFeatures: false,
    // Middle-click (auxclick) can open links in a new window; the window-open handler denies those
    // anyway, and the page has no use for the event (Electronegativity's AUXCLICK_JS_CHECK).
    disableBlinkFeatures: 'Auxclick',
    safeDialogs: true,
  };
}

/** The window icon on Linux, relative to the app folder (packaged: electron-builder.yml `files`). */
export const WINDOW_ICON = 'build/icons/256x256.png';

/**
 * The main window's options; `show: false` until ready-to-show so the window never flashes white.
 * `icon` is given on Linux only (the window and taskbar icon there; macOS and Windows take the app's).
 */
export function mainWindowOptions(preloadPath: string, icon?: string): BrowserWindowConstructorOptions {
  return {
    ...(icon === undefined ? {} : { icon }),
    title: 'KG Explorer',
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  };
}
