import { serializeGraph } from '../../core/io/nativeFormat';
import type { GraphFile } from '../../core/model/schema';
import type { FileFilter } from '../../core/host/contract';
import { getGraphView } from '../graph/viewRegistry';
import { dispatch, store } from '../state/store';

function baseName(fileName: string): string {
  return fileName.replace(/\.kg\.json$|\.json$/i, '') || 'graph';
}

async function save(suggestedName: string, bytes: Uint8Array<ArrayBuffer>, filters: FileFilter[]): Promise<void> {
  const saved = await window.kg.saveFile({ suggestedName, bytes, filters: filters.map((f) => ({ ...f, extensions: [...f.extensions] })) });
  if (!saved.ok) {
    dispatch({ type: 'problems', problems: { title: 'The file could not be saved', items: [saved.error] } });
  } else if (saved.value) {
    dispatch({ type: 'notice', message: `Saved ${saved.value.path}` });
  }
}

/** The whole graph (not just what the filters show) with the positions the analyst sees. */
export function graphWithPositions(graph: GraphFile): GraphFile {
  const positions = getGraphView()?.positions();
  if (!positions) return graph;
  return { ...graph, nodes: graph.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })) };
}

export async function exportJson(): Promise<void> {
  const doc = store.getState().doc;
  if (!doc) return;
  const text = serializeGraph(graphWithPositions(doc.graph));
  await save(`${baseName(doc.fileName)}.kg.json`, new TextEncoder().encode(text), [
    { name: 'KG Explorer graph', extensions: ['json'] },
  ]);
}

export async function exportPng(): Promise<void> {
  const doc = store.getState().doc;
  const view = getGraphView();
  if (!doc || !view) return;
  dispatch({ type: 'busy', message: 'Rendering PNG…' });
  const bytes = await view.exportPng(2);
  dispatch({ type: 'busy', message: null });
  await save(`${baseName(doc.fileName)}.png`, bytes, [{ name: 'PNG image', extensions: ['png'] }]);
}
