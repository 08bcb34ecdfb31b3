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

/**
 * A file the host has not read (the browser's File): the renderer's worker reads it, so a big
 * file's bytes never pass through the page's thread (in Chromium, reading a 43 MB File there held
 * the page for 80–200 ms). The Electron host reads in main and hands over bytes.
 */
export interface UnreadFile {
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
  slice(start?: number, end?: number): UnreadFile;
}

export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array | UnreadFile;
}

/** An opened file whose bytes were read (what the Electron main process hands over). */
export interface ReadFile extends OpenedFile {
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

/** Longest document name the renderer may report (a file name; it only appears in titles and prompts). */
const MAX_DOCUMENT_NAME = 255;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const DocumentNameSchema = z
  .string()
  .min(1)
  .max(MAX_DOCUMENT_NAME)
  .refine((name) => !CONTROL_CHARACTERS.test(name), 'must not contain control characters');

/**
 * What the renderer tells its host whenever it changes: the open graph's file name and whether it
 * has edits not yet saved. The host shows it in the title and asks before closing over edits.
 */
export const DocumentStateSchema = z.object({ name: DocumentNameSchema, edited: z.boolean() }).strict();
export type DocumentState = z.infer<typeof DocumentStateSchema>;

/** Any file name as a valid document name: control characters dropped, cut to the longest allowed. */
export function documentNameFor(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = fileName.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, MAX_DOCUMENT_NAME);
  return cleaned.length > 0 ? cleaned : 'graph';
}

/** The renderer asks before replacing an edited graph with another file. */
export const AskToSaveChangesSchema = z.object({ documentName: DocumentNameSchema }).strict();
export type AskToSaveChanges = z.infer<typeof AskToSaveChangesSchema>;
/** The three answers of "Save / Don't Save / Cancel". */
export type SaveChangesChoice = 'save' | 'discard' | 'cancel';

/** How a save the host asked for (before closing) ended. */
export const SAVE_OUTCOMES = ['saved', 'cancelled', 'failed'] as const;
export type SaveOutcome = (typeof SAVE_OUTCOMES)[number];
/** Main numbers each save request so a late or forged answer cannot settle another one. */
export const SaveBeforeCloseDoneSchema = z.object({ requestId: z.number().int().positive(), outcome: z.enum(SAVE_OUTCOMES) }).strict();
export type SaveBeforeCloseDone = z.infer<typeof SaveBeforeCloseDoneSchema>;

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
  /**
   * Reports the open document and whether it has unsaved edits, on every change. Electron: the window
   * title's marker, macOS's edited dot and the prompt when the window closes or the app quits. Browser:
   * a `beforeunload` prompt while edited.
   */
  readonly setDocumentState: (state: DocumentState) => Promise<Result<void>>;
  /** "Save / Don't Save / Cancel" before another file replaces an edited graph (native box in Electron). */
  readonly askToSaveChanges: (request: AskToSaveChanges) => Promise<Result<SaveChangesChoice>>;
  /**
   * The host asks the renderer to save before the window closes (the user chose Save in the close
   * prompt); the handler runs the save flow and says how it ended. Returns the unsubscribe function.
   */
  readonly onSaveBeforeClose: (handler: () => Promise<SaveOutcome>) => () => void;
}
