import { FORMAT_EXTENSIONS, FORMAT_LABELS, type FormatId } from '../../core/formats/formatIds';
import { writeSvg } from '../../core/formats/svg/writeSvg';
import type { FileFilter, SaveOutcome } from '../../core/host/contract';
import type { GraphFile } from '../../core/model/schema';
import { getGraphView } from '../graph/viewRegistry';
import { dispatch, store } from '../state/store';
import { cancelGraphWorker, graphWorker, WorkerCancelled } from '../worker/graphWorkerClient';
import { setRunningTask, updateTaskProgress } from './taskProgressStore';
import type { ExportOutput } from '../worker/messages';
import type { NodePositions } from '../worker/heldGraph';
import type { Result } from '../../core/util/result';

export type ExportChoice = FormatId | 'png' | 'svg';

export interface ExportOptions {
  readonly pngScale: number;
  readonly transparent: boolean;
  readonly neutraliseFormulas: boolean;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { pngScale: 2, transparent: false, neutraliseFormulas: true };

export function baseName(fileName: string): string {
  return fileName.replace(/\.(kg\.json|jgf\.json|kgw\.json|json|graphml|xml|gexf|csv|tsv|cyjs|jgf)$/i, '').replace(/\.(nodes|edges)$/i, '') || 'graph';
}

/** Writes bytes through the host; says whether it was saved, cancelled in the dialog, or failed. */
async function save(suggestedName: string, bytes: Uint8Array<ArrayBuffer>, filters: FileFilter[]): Promise<SaveOutcome> {
  const saved = await window.kg.saveFile({ suggestedName, bytes, filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })) });
  if (!saved.ok) {
    dispatch({ type: 'problems', problems: { title: 'The file could not be saved', items: [saved.error] } });
    return 'failed';
  }
  if (saved.value) dispatch({ type: 'notice', message: `Saved ${saved.value.path}` });
  return saved.value !== null ? 'saved' : 'cancelled';
}

/** Where the analyst sees each actor, in the order of graph.nodes, for the worker (see heldGraph.ts). */
export function viewPositions(graph: GraphFile): NodePositions | null {
  const positions = getGraphView()?.positions();
  if (!positions) return null;
  const out = new Float64Array(2 * graph.nodes.length);
  graph.nodes.forEach((node, i) => {
    const p = positions.get(node.id);
    out[2 * i] = p ? p.x : Number.NaN;
    out[2 * i + 1] = p ? p.y : Number.NaN;
  });
  return out;
}

const encoder = new TextEncoder();

async function exportGraphFormat(format: FormatId, options: ExportOptions): Promise<SaveOutcome> {
  const doc = store.getState().doc;
  if (!doc) return 'failed';
  setRunningTask({ label: `Writing ${FORMAT_LABELS[format]}`, percent: 0, cancelLabel: 'Cancel export', cancel: cancelGraphWorker });
  let result: Result<ExportOutput, string>;
  try {
    const worker = graphWorker();
    const positions = viewPositions(doc.graph);
    const args = { graph: worker.graphRef(doc.graph), positions, format, options: { neutraliseFormulas: options.neutraliseFormulas } };
    result = await worker.call('export', args, positions ? [positions.buffer] : [], updateTaskProgress);
  } catch (e) {
    if (!(e instanceof WorkerCancelled)) throw e;
    dispatch({ type: 'notice', message: `Export to ${FORMAT_LABELS[format]} cancelled; nothing was saved.` });
    return 'cancelled';
  } finally {
    setRunningTask(null);
  }
  if (!result.ok) {
    dispatch({ type: 'problems', problems: { title: `Could not write ${FORMAT_LABELS[format]}`, items: [result.error] } });
    return 'failed';
  }
  const extension = FORMAT_EXTENSIONS[format][0]!.split('.').pop()!;
  for (const file of result.value.files) {
    const saved = await save(`${baseName(doc.fileName)}${file.suffix}`, file.bytes, [{ name: FORMAT_LABELS[format], extensions: [extension] }]);
    if (saved !== 'saved') return saved;
  }
  // Native JSON holds all of the graph: what was written is the new saved point. Other formats may
  // leave things out (the export dialog lists what), so they leave the edits marked unsaved.
  if (format === 'native') dispatch({ type: 'document-saved', graph: doc.graph });
  return 'saved';
}

async function exportImage(kind: 'png' | 'svg', options: ExportOptions): Promise<void> {
  const doc = store.getState().doc;
  const view = getGraphView();
  if (!doc || !view) return;
  const scope = view.scope();
  if (scope.kind === 'waiting') {
    const items = [`The ${scope.relations.toLocaleString('en-US')} visible relations are more than the canvas draws on its own. Draw them (D), or narrow the view with the filters or a focus, then export again.`];
    dispatch({ type: 'problems', problems: { title: `Nothing is drawn to export as ${kind.toUpperCase()}`, items } });
    return;
  }
  const name = baseName(doc.fileName);
  if (kind === 'png') {
    dispatch({ type: 'busy', message: 'Rendering PNG…' });
    const bytes = await view.exportPng(options.pngScale, options.transparent);
    dispatch({ type: 'busy', message: null });
    await save(`${name}.png`, bytes, [{ name: 'PNG image', extensions: ['png'] }]);
  } else {
    const svg = writeSvg(view.svgScene(doc.graph.meta.title, options.transparent));
    await save(`${name}.svg`, encoder.encode(svg), [{ name: 'SVG image', extensions: ['svg'] }]);
  }
}

export async function exportAs(choice: ExportChoice, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): Promise<void> {
  if (choice === 'png' || choice === 'svg') await exportImage(choice, options);
  else await exportGraphFormat(choice, options);
}

export const exportJson = () => exportAs('native');
/** Ctrl+S and the Save button of the unsaved-changes prompt: the whole graph as native JSON. */
export const saveGraph = (): Promise<SaveOutcome> => exportGraphFormat('native', DEFAULT_EXPORT_OPTIONS);
export const exportPng = () => exportAs('png');
