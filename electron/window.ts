import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';
import { mainWindowOptions } from './webPreferences';

/** The one app window: hidden until its first paint is ready, then shown (no white flash). */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((e: unknown) => {
    console.error(`[kg] could not load ${APP_ENTRY_URL}:`, e);
  });
  return window;
}
