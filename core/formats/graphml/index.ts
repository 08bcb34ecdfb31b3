import { formatFromContent } from '../detect';
import type { FormatModule } from '../formatModule';
import { graphmlLosses } from './graphmlLosses';
import { readGraphml } from './readGraphml';
import { writeGraphml } from './writeGraphml';

/** GraphML: read by NetworkX, yEd, Gephi, igraph; holds every field of the model. */
export const graphmlFormat: FormatModule = {
  id: 'graphml',
  read: readGraphml,
  write: (graph, _options, progress) => [{ suffix: '.graphml', text: writeGraphml(graph, progress), mime: 'application/graphml+xml' }],
  losses: graphmlLosses,
  sniff: (head) => formatFromContent(head) === 'graphml',
};
