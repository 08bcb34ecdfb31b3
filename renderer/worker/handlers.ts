import { guessCsvMapping, inspectCsv, readCsvTables } from '../../core/formats/csv';
import { importFile } from '../../core/formats/importFile';
import { FORMATS } from '../../core/formats/registry';
import { parseGraphText } from '../../core/io/nativeFormat';
import { err, ok } from '../../core/util/result';
import { decodeUtf8 } from '../../core/io/decodeText';
import { parseWorkspaceText, serializeWorkspace } from '../../core/workspace/parseWorkspace';
import { graphAtSavedPositions } from '../../core/workspace/workspace';
import { readArticle } from '../../core/extraction/article/readArticle';
import { extractCandidates } from '../../core/extraction/extractCandidates';
import { progressBetween, type Progress } from '../../core/formats/formatModule';
import type { WorkerCall, WorkerCalls } from './messages';
import { bytesOf } from './fileBytes';
import { graphOf, holdGraph, releaseGraph, withPositions } from './heldGraph';

const encoder = new TextEncoder();

/**
 * A handler answers at once, or after reading a file it was handed unread (see fileBytes.ts). Long
 * ones report how far they are through `progress` (sent to the caller as it goes).
 */
type Handlers = {
  [K in WorkerCall]: (args: WorkerCalls[K]['args'], progress?: Progress) => WorkerCalls[K]['result'] | Promise<WorkerCalls[K]['result']>;
};

/**
 * What the worker does for each call. Untrusted files are decoded and validated here, off the UI
 * thread and never in the main process (Electron security checklist).
 */
export const handlers: Handlers = {
  'import-file': async ({ bytes, fileName, hold }, progress) => {
    releaseGraph();
    const result = importFile(await bytesOf(bytes), fileName, progress);
    // Kept for the export dialog: the page names it instead of sending it back.
    if (result.graph) holdGraph(hold, result.graph);
    return result;
  },
  'parse-native': ({ text }) => parseGraphText(text),
  export: ({ graph: ref, positions, format, options }, progress) => {
    try {
      const module = FORMATS[format];
      const graph = withPositions(graphOf(ref), positions);
      // Writing is most of an export; the loss check and the encoding share the rest.
      const written = module.write(graph, options, progressBetween(progress, 0, 0.85));
      const losses = module.losses(graph);
      progress?.(0.92);
      return ok({ files: written.map(({ text, ...file }) => ({ ...file, bytes: encoder.encode(text) })), losses });
    } catch (e) {
      return err(e instanceof Error ? e.message : String(e));
    }
  },
  losses: ({ graph, format }) => FORMATS[format].losses(graphOf(graph)),
  'inspect-csv': async ({ bytes, kind }) => {
    const text = decodeUtf8(await bytesOf(bytes));
    if (!text.ok) return err(text.error);
    const inspection = inspectCsv(text.value);
    return ok({ text: text.value, inspection, guess: guessCsvMapping(inspection.headers, kind ?? undefined, inspection.rows) });
  },
  'read-csv': (input, progress) => readCsvTables(input, progress),
  'write-workspace': ({ workspace, graph }) => ({ bytes: encoder.encode(serializeWorkspace({ ...workspace, graph: graphOf(graph) })) }),
  'parse-workspace': async ({ bytes, hold }) => {
    releaseGraph();
    const text = decodeUtf8(await bytesOf(bytes));
    if (!text.ok) return err([text.error]);
    const parsed = parseWorkspaceText(text.value);
    if (!parsed.ok) return parsed;
    // Placed here, so the graph the page opens is the one this worker keeps for exports.
    const graph = graphAtSavedPositions(parsed.value);
    holdGraph(hold, graph);
    return ok({ ...parsed.value, graph });
  },
  'read-article': ({ fileName, content }) => readArticle(fileName, content),
  extract: ({ fileName, content, published }) => {
    const article = readArticle(fileName, content);
    if (article.text.trim() === '') return err('Nothing is left of this text once the page furniture is removed.');
    return ok(extractCandidates({ ...article, published: published ?? article.published }));
  },
};
