import { FORMAT_LABELS } from '../../core/formats/formatIds';
import type { FileImport } from '../../core/formats/importFile';
import { hasErrors, type ReportItem } from '../../core/formats/report';
import type { GraphFile } from '../../core/model/schema';
import { buildDocument } from './buildDocument';
import { afterPaint } from './afterPaint';
import { drawsAutomatically, isLargeGraph } from '../graph/largeGraph';
import { dispatch } from '../state/store';
import { cancelGraphWorker, graphWorker, WorkerCancelled } from '../worker/graphWorkerClient';
import { setRunningTask, updateTaskProgress } from './taskProgressStore';
import { headOf, transferOf, type FileBytes } from '../worker/fileBytes';
import { isWorkspaceFileName, looksLikeWorkspace } from '../../core/workspace/workspace';
import { confirmReplacingEdits } from './unsavedChanges';
import { importWorkspaceBytes } from './workspaceFile';

/** Every format the app reads, for the open dialog. */
export const OPEN_FILTERS = [{ name: 'Graphs', extensions: ['json', 'graphml', 'xml', 'gexf', 'csv', 'tsv', 'cyjs', 'jgf'] }];

/**
 * Replaces the open graph. Only ever called with a validated graph. The indexes of a big graph are
 * built over several tasks (the window stays responsive, the status bar counts up); a newer open
 * started meanwhile wins.
 */
export async function installGraph(graph: GraphFile, fileName: string): Promise<void> {
  const built = await buildDocument(graph, fileName);
  if (!built) return;
  const { doc, current } = built;
  // cytoscape adds and first draws a big graph in one task of seconds (as it does on its own with
  // the same elements): say so in the status bar, painted before the window is held, and keep it
  // there until the canvas has drawn. (A graph above the automatic drawing limit is not drawn now:
  // see drawsAutomatically.)
  const large = isLargeGraph(graph.nodes.length, graph.edges.length) && drawsAutomatically(graph.nodes.length, graph.edges.length);
  if (large) {
    dispatch({ type: 'busy', message: `Drawing ${graph.nodes.length.toLocaleString('en-US')} actors and ${graph.edges.length.toLocaleString('en-US')} relations…` });
    await afterPaint();
    if (!current()) return;
  }
  // The bench tells the app's own work from the canvas's by this mark (long tasks before and after).
  performance.mark('kg:graph-installed');
  dispatch({ type: 'graph-loaded', doc });
  if (large) await afterPaint();
  if (current()) dispatch({ type: 'busy', message: null });
}

export async function loadBundledGraph(): Promise<void> {
  dispatch({ type: 'busy', message: 'Loading the article graph…' });
  const bundled = await window.kg.getBundledGraph();
  if (!bundled.ok) {
    dispatch({ type: 'problems', problems: { title: 'The bundled graph could not be loaded', items: [bundled.error] } });
    return;
  }
  const parsed = await graphWorker().call('parse-native', { text: bundled.value.text });
  if (!parsed.ok) {
    dispatch({ type: 'problems', problems: { title: 'The bundled graph is not valid', items: parsed.error } });
    return;
  }
  await installGraph(parsed.value, bundled.value.name);
}

/**
 * What happens to a read file: errors → nothing opens and the problems are shown; warnings → the
 * import report waits for the analyst to accept; a clean read (or notes only) opens at once.
 */
export async function presentImport(fileName: string, result: Pick<FileImport, 'graph' | 'report'> & { formatLabel: string }): Promise<void> {
  const { graph, report } = result;
  if (!graph || hasErrors(report)) {
    dispatch({
      type: 'problems',
      problems: {
        title: `${fileName} could not be opened. The graph that was open is unchanged.`,
        items: report.filter((r) => r.level === 'error').map(describe),
      },
    });
    return;
  }
  if (report.some((r) => r.level === 'warning')) {
    dispatch({ type: 'pending-import', pending: { fileName, formatLabel: result.formatLabel, graph, report } });
    return;
  }
  await installGraph(graph, fileName);
  const notes = report.length > 0 ? ` (${report.length} note${report.length > 1 ? 's' : ''}: ${report.map((r) => r.message).join('; ')})` : '';
  dispatch({ type: 'notice', message: `Opened ${fileName}.${notes}` });
}

function describe(item: ReportItem): string {
  return item.line !== undefined ? `Line ${item.line}${item.column !== undefined ? `, column ${item.column}` : ''}: ${item.message}` : item.message;
}

/** Bytes from any source (dialog, drop, command line) → the import flow above. */
export async function importBytes(fileName: string, bytes: FileBytes): Promise<void> {
  // Dialog, drop, command line, Open Recent, the OS: all ask here before replacing an edited graph.
  if (!(await confirmReplacingEdits())) return;
  // A workspace is recognised by name or by its tag at the start of the file.
  if (isWorkspaceFileName(fileName) || looksLikeWorkspace(new TextDecoder().decode(await headOf(bytes, 512)))) {
    await importWorkspaceBytes(fileName, bytes);
    return;
  }
  setRunningTask({ label: `Reading ${fileName}`, percent: 0, cancelLabel: 'Cancel reading', cancel: cancelGraphWorker });
  let result: FileImport;
  try {
    const worker = graphWorker();
    const hold = worker.reserveHold();
    result = await worker.call('import-file', { bytes, fileName, hold }, transferOf(bytes), updateTaskProgress);
    if (result.graph) worker.adoptImported(result.graph, hold);
  } catch (e) {
    if (e instanceof WorkerCancelled) dispatch({ type: 'notice', message: `Stopped reading ${fileName}. The graph that was open is unchanged.` });
    else dispatch({ type: 'problems', problems: { title: `${fileName} could not be read`, items: [e instanceof Error ? e.message : String(e)] } });
    return;
  } finally {
    setRunningTask(null);
  }
  await presentImport(fileName, { ...result, formatLabel: result.format ? FORMAT_LABELS[result.format] : 'unknown format' });
}

export async function openGraphFile(): Promise<void> {
  const opened = await window.kg.openFile({ filters: OPEN_FILTERS });
  if (!opened.ok) {
    dispatch({ type: 'problems', problems: { title: 'The file could not be opened', items: [opened.error] } });
    return;
  }
  if (opened.value === null) return;
  await importBytes(opened.value.name, opened.value.bytes);
}
