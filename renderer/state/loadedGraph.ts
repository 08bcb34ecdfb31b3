import { graphFacetsSteps } from '../../core/graph/facets';
import { buildGraphIndexSteps } from '../../core/graph/graphIndex';
import type { GraphFile } from '../../core/model/schema';
import { buildSearchIndexSteps } from '../../core/search/search';
import { runSteps, stepsWithin, type Steps } from '../../core/util/steps';
import type { LoadedGraph } from './appState';

let loads = 0;

/** The indexes and facets of a graph, built in slices (an open spreads them over several tasks). */
function* indexesSteps(graph: GraphFile): Steps<Pick<LoadedGraph, 'index' | 'searchIndex' | 'facets'>> {
  const index = yield* stepsWithin(buildGraphIndexSteps(graph), 0, 0.3);
  yield 0.3;
  const searchIndex = yield* stepsWithin(buildSearchIndexSteps(index), 0.3, 0.85);
  yield 0.85;
  const facets = yield* stepsWithin(graphFacetsSteps(index), 0.85, 1);
  return { index, searchIndex, facets };
}

/** A freshly opened graph with its indexes and a new load id (the view lays it out anew), in slices. */
export function* loadedGraphSteps(graph: GraphFile, fileName: string): Steps<LoadedGraph> {
  const built = yield* indexesSteps(graph);
  return { graph, ...built, fileName, loadId: ++loads };
}

/** `loadedGraphSteps` at once. */
export function loadedGraph(graph: GraphFile, fileName: string): LoadedGraph {
  return runSteps(loadedGraphSteps(graph, fileName));
}

/** The same document after an edit: indexes rebuilt, load id kept (the view keeps its positions). */
export function editedGraph(previous: LoadedGraph, graph: GraphFile): LoadedGraph {
  return { ...previous, graph, ...runSteps(indexesSteps(graph)) };
}
