import type { FormatModule } from '../formatModule';
import { readJgf } from './readJgf';
import { writeJgf } from './writeJgf';

/** JGF's free-form metadata holds everything the model has: nothing is lost. */
export const jgfFormat: FormatModule = {
  id: 'jgf',
  read: readJgf,
  write: (graph, _options, progress) => writeJgf(graph, progress),
  losses: () => [],
  sniff: (head) => /"graphs?"\s*:/.test(head),
};
