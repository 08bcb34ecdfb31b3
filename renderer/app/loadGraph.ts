import { buildGraphIndex } from '../../core/graph/graphIndex';
import type { GraphFile } from '../../core/model/schema';
import { buildSearchIndex } from '../../core/search/search';
import type { Result } from '../../core/util/result';
import { dispatch } from '../state/store';
import { GraphWorkerClient } from '../worker/graphWorkerClient';

let worker: GraphWorkerClient | null = null;
const getWorker = () => (worker ??= new GraphWorkerClient());

const GRAPH_FILTERS = [{ name: 'KG Explorer graph', extensions: ['json'] }];

/** Installs a validated graph; the previous graph is replaced only on success. */
function accept(result: Result<GraphFile, string[]>, fileName: string, failureTitle: string): boolean {
  if (!result.ok) {
    dispatch({ type: 'problems', problems: { title: failureTitle, items: result.error } });
    return false;
  }
  const index = buildGraphIndex(result.value);
  dispatch({ type: 'graph-loaded', doc: { graph: result.value, index, searchIndex: buildSearchIndex(index), fileName } });
  dispatch({ type: 'busy', message: null });
  return true;
}

export async function loadBundledGraph(): Promise<void> {
  dispatch({ type: 'busy', message: 'Loading the article graph…' });
  const bundled = await window.kg.getBundledGraph();
  if (!bundled.ok) {
    dispatch({ type: 'problems', problems: { title: 'The bundled graph could not be loaded', items: [bundled.error] } });
    return;
  }
  accept(await getWorker().parseText(bundled.value.text), bundled.value.name, 'The bundled graph is not valid');
}

export async function openGraphFile(): Promise<void> {
  const opened = await window.kg.openFile({ filters: GRAPH_FILTERS });
  if (!opened.ok) {
    dispatch({ type: 'problems', problems: { title: 'The file could not be opened', items: [opened.error] } });
    return;
  }
  if (opened.value === null) return;
  const { name, bytes } = opened.value;
  dispatch({ type: 'busy', message: `Reading ${name}…` });
  const ok = accept(
    await getWorker().parseBytes(bytes),
    name,
    `${name} could not be opened. The graph that was open is unchanged.`,
  );
  if (ok) dispatch({ type: 'notice', message: `Opened ${name}.` });
}
