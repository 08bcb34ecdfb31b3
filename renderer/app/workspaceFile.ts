import { WORKSPACE_EXTENSION, type Workspace } from '../../core/workspace/workspace';
import { buildDocument } from './buildDocument';
import { getGraphView } from '../graph/viewRegistry';
import { dispatch, store } from '../state/store';
import { graphWorker } from '../worker/graphWorkerClient';
import { transferOf, type FileBytes } from '../worker/fileBytes';
import { baseName } from './exportGraph';
import { confirmReplacingEdits } from './unsavedChanges';

const WORKSPACE_FILTERS = [{ name: 'KG Explorer workspace', extensions: ['json'] }];

/** The session as it stands: graph, positions, layout, filters, selection, focus, viewport. */
export function currentWorkspace(): Workspace | null {
  const state = store.getState();
  if (!state.doc) return null;
  const view = getGraphView();
  const positions = view ? [...view.positions()].map(([id, p]) => ({ id, x: p.x, y: p.y })) : [];
  return {
    graph: state.doc.graph,
    fileName: state.doc.fileName,
    positions,
    layout: state.layout,
    filters: state.filters,
    selection: state.selection,
    focusDepth: state.focusDepth,
    focusSeeds: state.focusSeeds,
    viewport: view ? view.viewport() : null,
  };
}

export async function saveWorkspace(): Promise<void> {
  const workspace = currentWorkspace();
  if (!workspace) return;
  // Written in the graph worker, which usually holds the graph already: at 100k relations writing
  // and encoding it on the page's thread held the window for most of a second.
  const { graph, ...session } = workspace;
  const worker = graphWorker();
  dispatch({ type: 'busy', message: 'Writing the workspace…' });
  const { bytes } = await worker.call('write-workspace', { workspace: session, graph: worker.graphRef(graph) }).finally(() => dispatch({ type: 'busy', message: null }));
  const saved = await window.kg.saveFile({ suggestedName: `${baseName(workspace.fileName ?? 'graph')}${WORKSPACE_EXTENSION}`, bytes, filters: WORKSPACE_FILTERS });
  if (!saved.ok) dispatch({ type: 'problems', problems: { title: 'The workspace could not be saved', items: [saved.error] } });
  else if (saved.value) {
    dispatch({ type: 'notice', message: `Saved workspace ${saved.value.path}` });
    // A workspace holds the whole graph: its edits are saved.
    dispatch({ type: 'document-saved', graph: workspace.graph });
  }
}

/**
 * Puts a validated workspace back: its graph (the worker placed the actors at their saved positions
 * and holds that very graph), its indexes built over several tasks as an opened file's are, then
 * the session around it.
 */
async function restoreWorkspace(workspace: Workspace, fileName: string): Promise<void> {
  const built = await buildDocument(workspace.graph, workspace.fileName ?? fileName);
  if (!built) return;
  const { doc } = built;
  dispatch({
    type: 'workspace-loaded',
    doc,
    session: {
      filters: workspace.filters,
      selection: workspace.selection,
      focusDepth: workspace.focusDepth,
      focusSeeds: workspace.focusSeeds,
      layout: workspace.layout,
      pendingViewport: workspace.viewport,
    },
  });
  dispatch({ type: 'busy', message: null });
  dispatch({ type: 'notice', message: `Opened workspace ${fileName}.` });
}

export async function importWorkspaceBytes(fileName: string, bytes: FileBytes): Promise<void> {
  dispatch({ type: 'busy', message: `Reading ${fileName}…` });
  const worker = graphWorker();
  const hold = worker.reserveHold();
  const parsed = await worker.call('parse-workspace', { bytes, hold }, transferOf(bytes));
  dispatch({ type: 'busy', message: null });
  if (!parsed.ok) {
    dispatch({ type: 'problems', problems: { title: `${fileName} could not be opened. The graph that was open is unchanged.`, items: parsed.error } });
    return;
  }
  worker.adoptImported(parsed.value.graph, hold);
  await restoreWorkspace(parsed.value, fileName);
}

export async function openWorkspace(): Promise<void> {
  if (!(await confirmReplacingEdits())) return;
  const opened = await window.kg.openFile({ filters: WORKSPACE_FILTERS });
  if (!opened.ok) {
    dispatch({ type: 'problems', problems: { title: 'The file could not be opened', items: [opened.error] } });
    return;
  }
  if (opened.value) await importWorkspaceBytes(opened.value.name, opened.value.bytes);
}
