import { reportError } from '../report';
import type { FormatModule } from '../formatModule';

// Placeholder until the graphml reader and writer land: says so instead of failing silently.
export const graphmlFormat: FormatModule = {
  id: 'graphml',
  read: () => ({ graph: null, report: [reportError('Reading GraphML is not available yet.')] }),
  write: () => {
    throw new Error('Writing GraphML is not available yet.');
  },
  losses: () => ['Writing GraphML is not available yet.'],
  sniff: () => false,
};
