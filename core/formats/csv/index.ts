import { reportError } from '../report';
import type { FormatModule } from '../formatModule';

// Placeholder until the csv reader and writer land: says so instead of failing silently.
export const csvFormat: FormatModule = {
  id: 'csv',
  read: () => ({ graph: null, report: [reportError('Reading CSV is not available yet.')] }),
  write: () => {
    throw new Error('Writing CSV is not available yet.');
  },
  losses: () => ['Writing CSV is not available yet.'],
  sniff: () => false,
};
