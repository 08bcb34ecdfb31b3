import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BundledGraph } from '../core/host/contract';
import { parseGraphText } from '../core/io/nativeFormat';
import { err, ok, type Result } from '../core/util/result';
import { errorMessage } from './readPickedFile';

/** Where the shipped graph lives, relative to the app folder (app.getAppPath()). */
export const BUNDLED_GRAPH_PATH = path.join('data', 'belarus-china.kg.json');

export interface LoadedBundledGraph {
  /** What getBundledGraph answers: the text whenever it could be read, even if invalid. */
  readonly graph: Result<BundledGraph>;
  /** Problems found by validating it at startup; empty when the graph is valid. */
  readonly problems: readonly string[];
}

/**
 * Reads and validates the bundled graph once at startup. A broken bundled graph is a developer error:
 * the caller logs `problems` loudly, the window still opens, and the renderer (which validates the
 * text like any other file) shows the error to whoever is looking.
 */
export async function loadBundledGraph(appPath: string): Promise<LoadedBundledGraph> {
  const filePath = path.join(appPath, BUNDLED_GRAPH_PATH);
  const name = path.basename(filePath);
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (e) {
    const message = `the bundled graph ${filePath} could not be read: ${errorMessage(e)}`;
    return { graph: err(message), problems: [message] };
  }
  const parsed = parseGraphText(text);
  return { graph: ok({ name, text }), problems: parsed.ok ? [] : parsed.error };
}
