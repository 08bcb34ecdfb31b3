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
 * How far a read or a write has come, 0 to 1. The worker passes it on to the status bar, so reading
 * or writing a file of tens of megabytes (seconds for XML) shows it moving.
 */
export type Progress = (fraction: number) => void;

/** For a loop over `total` elements: reports `done / total` every 2,000 elements. */
export function countedProgress(progress: Progress | undefined, total: number): (done: number) => void {
  if (!progress || total === 0) return () => undefined;
  return (done) => {
    if (done % 2000 === 0) progress(done / total);
  };
}

/** A step's own 0–1 progress as the part from `start` to `end` of the whole read's. */
export function progressBetween(progress: Progress | undefined, start: number, end: number): Progress | undefined {
  return progress && ((fraction) => progress(start + (end - start) * fraction));
}

/** A format's reader and writer, all pure: text in, values out. */
export interface FormatModule {
  readonly id: FormatId;
  /** Reads one file's text; CSV reads an edge or node list with guessed columns (see csv/). */
  readonly read: (text: string, fileName: string, progress?: Progress) => ImportResult;
  readonly write: (graph: GraphFile, options: WriteOptions, progress?: Progress) => readonly ExportFile[];
  /** What this format cannot hold of this graph, in words for the user, listed before saving. */
  readonly losses: (graph: GraphFile) => readonly string[];
  /** Does this text look like this format (checked after the extension picked it)? */
  readonly sniff: (head: string) => boolean;
}
