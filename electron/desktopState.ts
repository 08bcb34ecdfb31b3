import type { BrowserWindow, Rectangle } from 'electron';
import { addRecentFile, clampToWorkAreas, samePathOn, windowStateFrom, type AppState } from './appState';
import type { AppStateStore } from './appStateStore';

/**
 * Remembered window bounds and recent files, over the store (thin wiring, the logic is appState.ts).
 * Updates are chained on one promise, so the state read at startup and every change are applied in
 * order and each is saved atomically.
 */
export interface Screens {
  readonly workAreas: () => readonly Rectangle[];
  readonly primaryWorkArea: () => Rectangle;
}

export function createDesktopState(store: AppStateStore, platform: NodeJS.Platform, onRecentChanged: (files: readonly string[]) => void) {
  let current: Promise<AppState> = store.load();
  let lastSave: Promise<void> = Promise.resolve();
  const update = (change: (state: AppState) => AppState): void => {
    current = current.then((state) => {
      const next = change(state);
      lastSave = store.save(next);
      return next;
    });
  };
  return {
    state: (): Promise<AppState> => current,
    /** Resolves when every change so far is on disk. */
    saved: async (): Promise<void> => {
      await current;
      await lastSave;
    },
    addRecent(filePath: string): void {
      update((s) => ({ ...s, recentFiles: addRecentFile(s.recentFiles, filePath, samePathOn(platform)) }));
      void current.then((s) => onRecentChanged(s.recentFiles));
    },
    clearRecent(): void {
      update((s) => ({ ...s, recentFiles: [] }));
      void current.then((s) => onRecentChanged(s.recentFiles));
    },
    /** Puts a new (hidden) window where it was last closed, on a screen that exists now. */
    async restoreWindow(window: BrowserWindow, screens: Screens): Promise<void> {
      const saved = (await current).window;
      if (saved === undefined || window.isDestroyed()) return;
      window.setBounds(clampToWorkAreas(saved, screens.workAreas(), screens.primaryWorkArea()));
      if (saved.maximized) window.once('ready-to-show', () => window.maximize());
    },
    /** Call on the window's 'close' (it still has its bounds then). */
    rememberWindow(window: BrowserWindow): void {
      const state = windowStateFrom(window.getNormalBounds(), window.isMaximized());
      update((s) => ({ ...s, window: state }));
    },
  };
}
export type DesktopState = ReturnType<typeof createDesktopState>;
