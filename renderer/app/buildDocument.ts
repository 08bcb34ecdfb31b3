import type { GraphFile } from '../../core/model/schema';
import type { LoadedGraph } from '../state/appState';
import { loadedGraphSteps } from '../state/loadedGraph';
import { dispatch } from '../state/store';
import { runInSlices } from './runInSlices';

/** A document built for opening, and whether it is still the newest open. */
export interface BuiltDocument {
  readonly doc: LoadedGraph;
  readonly current: () => boolean;
}

let builds = 0;

/**
 * The indexes of an opened graph (file or workspace), built over several tasks: the window stays
 * responsive and the status bar counts up ("Opening big.kg.json… 60%"). Null when a newer open
 * started meanwhile (it wins).
 */
export async function buildDocument(graph: GraphFile, fileName: string): Promise<BuiltDocument | null> {
  const build = ++builds;
  const current = () => build === builds;
  const doc = await runInSlices(loadedGraphSteps(graph, fileName), (percent) => {
    if (current()) dispatch({ type: 'busy', message: `Opening ${fileName}… ${percent}%` });
  });
  return current() ? { doc, current } : null;
}
