import { z } from 'zod';

/**
 * What the app remembers between runs (window bounds, recent files), kept in one JSON file in
 * app.getPath('userData') (electron/appStateStore.ts). Pure: parsing, the recent-files list and the
 * clamping of a remembered window to the screens there are now.
 */

export const MAX_RECENT_FILES = 10;
/** The smallest window worth restoring; anything smaller is a corrupt or hand-edited file. */
export const MIN_WINDOW = { width: 640, height: 400 } as const;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const intCoord = z.number().int().min(-100_000).max(100_000);
const WindowStateSchema = z.object({
  x: intCoord,
  y: intCoord,
  width: z.number().int().min(MIN_WINDOW.width).max(100_000),
  height: z.number().int().min(MIN_WINDOW.height).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

const AppStateSchema = z.object({
  version: z.literal(1),
  window: WindowStateSchema.optional(),
  recentFiles: z.array(z.string().min(1).max(4096)).max(MAX_RECENT_FILES),
});
export type AppState = Readonly<z.infer<typeof AppStateSchema>>;

export const EMPTY_APP_STATE: AppState = { version: 1, recentFiles: [] };

/**
 * The state in a file's text. A missing, unreadable or invalid file is not an error worth a dialog:
 * the app starts with defaults, and the caller logs `problem`. Parts are not salvaged one by one: the
 * file is ours and written whole, so an invalid one is corrupt.
 */
export function parseAppState(text: string | null): { state: AppState; problem: string | null } {
  if (text === null) return { state: EMPTY_APP_STATE, problem: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { state: EMPTY_APP_STATE, problem: `not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const parsed = AppStateSchema.safeParse(json);
  if (!parsed.success) return { state: EMPTY_APP_STATE, problem: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
  return { state: parsed.data, problem: null };
}

export function serializeAppState(state: AppState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

/** `filePath` first, without duplicates, at most MAX_RECENT_FILES. */
export function addRecentFile(recent: readonly string[], filePath: string, sameFile: (a: string, b: string) => boolean = (a, b) => a === b): string[] {
  return [filePath, ...recent.filter((p) => !sameFile(p, filePath))].slice(0, MAX_RECENT_FILES);
}

/** Windows and macOS (by default) have case-insensitive file systems; Linux does not. */
export function samePathOn(platform: NodeJS.Platform): (a: string, b: string) => boolean {
  return platform === 'win32' || platform === 'darwin' ? (a, b) => a.toLowerCase() === b.toLowerCase() : (a, b) => a === b;
}

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** How much of the window's top strip (where the title bar is) must be on a screen to be grabbed. */
const GRAB = { width: 100, height: 40 } as const;

/**
 * The remembered bounds, made usable on the screens there are now (a monitor unplugged, resolution
 * changed): kept as they are if a grabbable part of the title bar is on some work area; otherwise the
 * window is shrunk to fit the primary work area and centred on it.
 */
export function clampToWorkAreas(bounds: Rect, workAreas: readonly Rect[], primary: Rect): Rect {
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRAB.height };
  const grabbable = workAreas.some((area) => {
    const o = overlap(titleBar, area);
    return o !== null && o.width >= Math.min(GRAB.width, bounds.width) && o.height >= Math.min(GRAB.height, bounds.height);
  });
  if (grabbable) return bounds;
  const width = Math.min(bounds.width, primary.width);
  const height = Math.min(bounds.height, primary.height);
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height,
  };
}

/** The window state to remember: whole pixels, never below the minimum the parser accepts. */
export function windowStateFrom(bounds: Rect, maximized: boolean): WindowState {
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.max(MIN_WINDOW.width, Math.round(bounds.width)),
    height: Math.max(MIN_WINDOW.height, Math.round(bounds.height)),
    maximized,
  };
}
