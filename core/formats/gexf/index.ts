import { reportError } from '../report';
import type { FormatModule } from '../formatModule';

// Placeholder until the gexf reader and writer land: says so instead of failing silently.
export const gexfFormat: FormatModule = {
  id: 'gexf',
  read: () => ({ graph: null, report: [reportError('Reading GEXF is not available yet.')] }),
  write: () => {
    throw new Error('Writing GEXF is not available yet.');
  },
  losses: () => ['Writing GEXF is not available yet.'],
  sniff: () => false,
};
