import { formatFromContent } from '../detect';
import type { FormatModule } from '../formatModule';
import { gexfLosses } from './gexfLosses';
import { readGexf } from './readGexf';
import { writeGexf } from './writeGexf';

/** GEXF 1.3: Gephi's format (also NetworkX, Gephi Lite, sigma.js); holds everything but the source texts. */
export const gexfFormat: FormatModule = {
  id: 'gexf',
  read: readGexf,
  write: (graph, _options, progress) => [{ suffix: '.gexf', text: writeGexf(graph, progress), mime: 'application/gexf+xml' }],
  losses: gexfLosses,
  sniff: (head) => formatFromContent(head) === 'gexf',
};
