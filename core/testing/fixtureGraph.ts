import type { GraphFileInput } from '../model/schema';

/**
 * A small graph for unit tests, independent of the bundled article:
 * a -> b (cooperative, 2020-05), b -> c (conflictual, 2021), c -> d (neutral, undated, 0.5),
 * a -> e (cooperative, 2022-01-10, event e), plus isolated f (place).
 */
export const SOURCE_TEXT = 'Alpha met Beta in May. Beta fought Gamma. Gamma borders Delta. Alpha joined the summit.';

export function fixtureGraph(): GraphFileInput {
  const quote = (q: string) => ({ sourceId: 's1', quote: q, start: SOURCE_TEXT.indexOf(q), end: SOURCE_TEXT.indexOf(q) + q.length });
  return {
    format: 'kg-explorer-graph',
    version: 2,
    meta: { title: 'Fixture' },
    sources: [{ id: 's1', title: 'Fixture text', text: SOURCE_TEXT }],
    nodes: [
      { id: 'a', label: 'Alpha', type: 'state', aliases: ['Alphaville'] },
      { id: 'b', label: 'Beta', type: 'person', description: 'Leader of Bétaland' },
      { id: 'c', label: 'Gamma', type: 'state' },
      { id: 'd', label: 'Delta', type: 'organisation' },
      { id: 'e', label: 'Summit', type: 'event', time: { start: '2022-01-10', precision: 'day' } },
      { id: 'f', label: 'Faraway', type: 'place' },
    ],
    edges: [
      { id: 'ab', source: 'a', target: 'b', type: 'meet', stance: 'cooperative', confidence: 1, time: { start: '2020-05', precision: 'month' }, evidence: [quote('Alpha met Beta in May')] },
      { id: 'bc', source: 'b', target: 'c', type: 'invade', stance: 'conflictual', confidence: 0.9, time: { start: '2021', precision: 'year' }, evidence: [quote('Beta fought Gamma')] },
      { id: 'cd', source: 'c', target: 'd', type: 'borders', stance: 'neutral', confidence: 0.5, directed: false, evidence: [quote('Gamma borders Delta')] },
      { id: 'ae', source: 'a', target: 'e', type: 'participates_in', stance: 'neutral', confidence: 1, time: { start: '2022-01-10', precision: 'day' }, evidence: [quote('Alpha joined the summit')] },
    ],
  };
}
