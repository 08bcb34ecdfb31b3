import { reportError } from '../report';
import type { FormatModule } from '../formatModule';

// Placeholder until the jgf reader and writer land: says so instead of failing silently.
export const jgfFormat: FormatModule = {
  id: 'jgf',
  read: () => ({ graph: null, report: [reportError('Reading JSON Graph Format is not available yet.')] }),
  write: () => {
    throw new Error('Writing JSON Graph Format is not available yet.');
  },
  losses: () => ['Writing JSON Graph Format is not available yet.'],
  sniff: () => false,
};
