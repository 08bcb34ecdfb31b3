import type { GraphFile } from '../../model/schema';
import { xmlLosses } from '../xml/xmlLosses';

/** What GraphML cannot hold of this graph; the format itself holds every field (see writeGraphml). */
export function graphmlLosses(graph: GraphFile): string[] {
  const losses = xmlLosses(graph, { withSources: true });
  const undirected = graph.edges.filter((e) => !e.directed).length;
  if (undirected > 0 && undirected < graph.edges.length) {
    losses.push(
      `${undirected} of ${graph.edges.length} relations are undirected in a directed graph: GraphML marks them with the data ` +
        'attribute directed=false only (NetworkX refuses per-edge directed attributes that differ from edgedefault), ' +
        'so other tools draw them with arrows; this app reads them back as undirected.',
    );
  }
  return losses;
}
