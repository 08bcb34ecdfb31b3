import { reportError } from '../report';
import type { FormatModule } from '../formatModule';

// Placeholder until the cyjs reader and writer land: says so instead of failing silently.
export const cyjsFormat: FormatModule = {
  id: 'cyjs',
  read: () => ({ graph: null, report: [reportError('Reading Cytoscape.js JSON is not available yet.')] }),
  write: () => {
    throw new Error('Writing Cytoscape.js JSON is not available yet.');
  },
  losses: () => ['Writing Cytoscape.js JSON is not available yet.'],
  sniff: () => false,
};
