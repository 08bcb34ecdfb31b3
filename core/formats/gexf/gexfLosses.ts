import type { GraphFile } from '../../model/schema';
import { xmlLosses } from '../xml/xmlLosses';

export const SOURCES_LOST = 'GEXF cannot hold the source texts; evidence quotes and offsets are kept, the article text is not';

/** What GEXF cannot hold of this graph: it has no graph-level attributes, so no source texts. */
export function gexfLosses(graph: GraphFile): string[] {
  const losses: string[] = [];
  if (graph.sources.length > 0) {
    const titles = graph.sources.slice(0, 3).map((s) => `“${s.title}”`).join(', ');
    const more = graph.sources.length > 3 ? `, and ${graph.sources.length - 3} more` : '';
    losses.push(`${SOURCES_LOST} (${graph.sources.length} source${graph.sources.length === 1 ? '' : 's'}: ${titles}${more}).`);
  }
  return [...losses, ...xmlLosses(graph, { withSources: false })];
}
