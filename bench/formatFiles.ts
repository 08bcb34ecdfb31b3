import type { FormatId } from '../core/formats/formatIds';
import { FORMATS } from '../core/formats/registry';
import type { GraphFile } from '../core/model/schema';

// What the parse benches read, in Node (core.ts) and in Chromium's worker (worker/parseWorker.ts):
// no Node imports.

/** The file a format writes that its reader reads back (CSV: the edge list). */
export function fileFor(graph: GraphFile, id: FormatId): { name: string; text: string } {
  const files = FORMATS[id].write(graph, {});
  const file = files.find((f) => f.suffix.includes('edges')) ?? files[0]!;
  return { name: `graph${file.suffix}`, text: file.text };
}

/** Reads the file with the format's reader, and throws if no graph came of it. */
export function readOk(id: FormatId, text: string, name: string): void {
  const result = FORMATS[id].read(text, name);
  if (!result.graph) throw new Error(`${id} read failed: ${JSON.stringify(result.report.slice(0, 2))}`);
}
