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

/** A format's reader and writer, all pure: text in, values out. */
export interface FormatModule {
  readonly id: FormatId;
  /** Reads one file's text; CSV reads an edge or node list with guessed columns (see csv/). */
  readonly read: (text: string, fileName: string) => ImportResult;
  readonly write: (graph: GraphFile, options: WriteOptions) => readonly ExportFile[];
  /** What this format cannot hold of this graph, in words for the user, listed before saving. */
  readonly losses: (graph: GraphFile) => readonly string[];
  /** Does this text look like this format (checked after the extension picked it)? */
  readonly sniff: (head: string) => boolean;
}
