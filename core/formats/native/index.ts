import { importNativeText, serializeGraph } from '../../io/nativeFormat';
import { GRAPH_FORMAT } from '../../model/schema';
import type { FormatModule } from '../formatModule';

/** The native format holds everything: nothing is lost. */
export const nativeFormat: FormatModule = {
  id: 'native',
  read: (text) => importNativeText(text),
  write: (graph) => [{ suffix: '.kg.json', text: serializeGraph(graph), mime: 'application/json' }],
  losses: () => [],
  sniff: (head) => head.includes(`"${GRAPH_FORMAT}"`),
};
