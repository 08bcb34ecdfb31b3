import { z } from 'zod';
import type { Result } from '../util/result';
import type { MenuCommand } from './channels';

// Zod-free names live in channels.ts so the sandboxed preload bundles no schema library.
export { IPC_CHANNELS, MENU_COMMANDS, type MenuCommand } from './channels';

/**
 * The one contract between the renderer and its host, exposed as `window.kg`.
 * Implemented by the Electron preload (over IPC, checked in main) and by the browser host
 * (File API and downloads). The renderer knows nothing else of the host.
 */

/** Largest file the host hands to the renderer; bigger files are refused before reading. */
export const MAX_OPEN_FILE_BYTES = 256 * 1024 * 1024;
/** Largest payload the renderer may ask the host to save. */
export const MAX_SAVE_FILE_BYTES = 512 * 1024 * 1024;

export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface BundledGraph {
  readonly name: string;
  /** The graph file's text: the renderer validates it like any other file. */
  readonly text: string;
}

export interface SavedFile {
  /** Full path in Electron; the download's file name in the browser. */
  readonly path: string;
}

export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export const SaveRequestSchema = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(255)
      .refine((name) => !/[\\/]/.test(name), 'must be a file name, not a path'),
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVE_FILE_BYTES, 'is too large to save'),
    filters: z
      .array(z.object({ name: z.string().min(1).max(100), extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).max(20) }).strict())
      .max(20),
  })
  .strict();
export type SaveRequest = z.infer<typeof SaveRequestSchema>;

export const OpenRequestSchema = z
  .object({
    filters: SaveRequestSchema.shape.filters,
  })
  .strict();
export type OpenRequest = z.infer<typeof OpenRequestSchema>;

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly host: 'electron' | 'browser';
  readonly platform: string;
}

/** `null` value: the user cancelled the dialog. */
export interface KgHost {
  readonly getBundledGraph: () => Promise<Result<BundledGraph>>;
  readonly openFile: (request: OpenRequest) => Promise<Result<OpenedFile | null>>;
  readonly saveFile: (request: SaveRequest) => Promise<Result<SavedFile | null>>;
  readonly getAppInfo: () => Promise<Result<AppInfo>>;
  /**
   * Files the host opens on the user's behalf: paths given on the command line, a second launch,
   * the OS's "open with". The renderer parses them like any file the user picked.
   */
  readonly onOpenFile: (listener: (file: OpenedFile) => void) => () => void;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
}
