import { buildGraphIndex } from '../../core/graph/graphIndex';
import type { GraphFile } from '../../core/model/schema';
import { buildSearchIndex } from '../../core/search/search';
import type { LoadedGraph } from './appState';

let loads = 0;

/** A freshly opened graph with its indexes and a new load id (the view lays it out anew). */
export function loadedGraph(graph: GraphFile, fileName: string): LoadedGraph {
  const index = buildGraphIndex(graph);
  return { graph, index, searchIndex: buildSearchIndex(index), fileName, loadId: ++loads };
}

/** The same document after an edit: indexes rebuilt, load id kept (the view keeps its positions). */
export function editedGraph(previous: LoadedGraph, graph: GraphFile): LoadedGraph {
  const index = buildGraphIndex(graph);
  return { ...previous, graph, index, searchIndex: buildSearchIndex(index) };
}
