import type { FormatModule } from '../formatModule';
import { readCyjs } from './readCyjs';
import { writeCyjs } from './writeCyjs';

/** Cytoscape.js JSON holds everything the model has: nothing is lost. */
export const cyjsFormat: FormatModule = {
  id: 'cyjs',
  read: readCyjs,
  write: (graph, _options, progress) => writeCyjs(graph, progress),
  losses: () => [],
  sniff: (head) => /"elements"\s*:/.test(head),
};
