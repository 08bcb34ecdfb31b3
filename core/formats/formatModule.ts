import type { GraphFile } from '../model/schema';
import type { ImportResult } from './finalizeImport';
import type { FormatId } from './formatIds';

/** One file an export produces: CSV gives two (nodes and edges), the others one. */
export interface ExportFile {
  /** Appended to the base name: ".graphml", ".nodes.csv". */
  readonly suffix: string;
  readonly text: string;
  readonly mime: string;
}

export interface WriteOptions {
  /** CSV: prefix cells that start with = + - @ tab or CR with an apostrophe (OWASP CSV injection). */
  readonly neutraliseFormulas?: boolean;
}

/**
 * How far a read has come, 0 to 1. The worker passes it on to the status bar, so reading a file of
 * tens of megabytes (seconds for XML) shows it moving.
 */
export type ReadProgress = (fraction: number) => void;

/** A step's own 0–1 progress as the part from `start` to `end` of the whole read's. */
export function progressBetween(progress: ReadProgress | undefined, start: number, end: number): ReadProgress | undefined {
  return progress && ((fraction) => progress(start + (end - start) * fraction));
}

/** A format's reader and writer, all pure: text in, values out. */
export interface FormatModule {
  readonly id: FormatId;
  /** Reads one file's text; CSV reads an edge or node list with guessed columns (see csv/). */
  readonly read: (text: string, fileName: string, progress?: ReadProgress) => ImportResult;
  readonly write: (graph: GraphFile, options: WriteOptions) => readonly ExportFile[];
  /** What this format cannot hold of this graph, in words for the user, listed before saving. */
  readonly losses: (graph: GraphFile) => readonly string[];
  /** Does this text look like this format (checked after the extension picked it)? */
  readonly sniff: (head: string) => boolean;
}
