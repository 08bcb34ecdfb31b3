import { basename } from 'node:path';
import { FORMAT_LABELS } from '../core/formats/formatIds';
import { importFile, MAX_IMPORT_BYTES } from '../core/formats/importFile';
import { reportError, type ReportItem } from '../core/formats/report';
import { decodeUtf8 } from '../core/io/decodeText';
import type { GraphFile } from '../core/model/schema';
import { parseWorkspaceText } from '../core/workspace/parseWorkspace';
import { isWorkspaceFileName, looksLikeWorkspace } from '../core/workspace/workspace';
import { CliError, fsReason, type CliIo } from './io';

export const WORKSPACE_LABEL = 'KG Explorer workspace (.kgw.json)';

export interface LoadedInput {
  /** "KG Explorer graph (.kg.json)", "GraphML (.graphml)", the workspace label, or null if undetected. */
  readonly formatLabel: string | null;
  readonly graph: GraphFile | null;
  readonly report: readonly ReportItem[];
}

/** Reads a file's bytes; a file that cannot be read is a CliError ("cannot read x: no such file"). */
export async function readInput(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${fsReason(error)}`);
  }
}

/** A workspace's graph, with the workspace's problems as error items (a workspace is valid or refused). */
function importWorkspace(bytes: Uint8Array, name: string): LoadedInput {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { formatLabel: WORKSPACE_LABEL, graph: null, report: [reportError(`${name} is larger than the limit.`)] };
  const text = decodeUtf8(bytes);
  if (!text.ok) return { formatLabel: WORKSPACE_LABEL, graph: null, report: [reportError(text.error)] };
  const parsed = parseWorkspaceText(text.value);
  if (!parsed.ok) return { formatLabel: WORKSPACE_LABEL, graph: null, report: parsed.error.map((message) => reportError(message)) };
  return { formatLabel: WORKSPACE_LABEL, graph: parsed.value.graph, report: [] };
}

/** Any file the app opens, graph or workspace (by name or by content), as a graph and an import report. */
export async function loadInput(io: CliIo, path: string): Promise<LoadedInput> {
  const bytes = await readInput(io, path);
  // Readers see the file's name as the app would, not the path typed here.
  const name = basename(path);
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  if (isWorkspaceFileName(name) || looksLikeWorkspace(head)) return importWorkspace(bytes, name);
  const imported = importFile(bytes, name);
  return { formatLabel: imported.format && FORMAT_LABELS[imported.format], graph: imported.graph, report: imported.report };
}
