import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';
import { mainWindowOptions } from './webPreferences';

/** The one app window: hidden until its first paint is ready, then shown (no white flash). */
export function createMainWindow(preloadPath: string, icon?: string): BrowserWindow {
  const options = mainWindowOptions(preloadPath, icon);
  // The settings the whole hardening rests on are written again, last, where the window is built: no
  // change to mainWindowOptions can turn them off, and static checkers (Electronegativity, run by
  // `npm run security:scan`) read them here, since they do not follow a call into another module.
  const window = new BrowserWindow({
    ...options,
    webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((e: unknown) => {
    console.error(`[kg] could not load ${APP_ENTRY_URL}:`, e);
  });
  return window;
}
