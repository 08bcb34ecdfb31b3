import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGraphText } from '../io/nativeFormat';
import { validateGraphDocument } from '../io/nativeFormat';
import type { GraphFile } from '../model/schema';
import { binBounds, binOrdinal } from './bins';
import { playbackSteps, relationTimeHistogram, relationTimeHistogramSteps } from './histogram';

function bundled(): GraphFile {
  const parsed = parseGraphText(readFileSync(join(__dirname, '../../data/belarus-china.kg.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  return parsed.value;
}

const row = (b: { label: string; count: number; byStance: Record<string, number> }) => [b.label, b.count, b.byStance.cooperative, b.byStance.neutral, b.byStance.conflictual];

describe('relationTimeHistogram on the bundled graph', () => {
  it('by month: 15 bins from January 2022 (the year-long military cooperation) to March 2023', () => {
    const h = relationTimeHistogram(bundled(), { unit: 'month' });
    expect([h.dated, h.undated]).toEqual([25, 24]);
    // [month, count, cooperative, neutral, conflictual]
    expect(h.bins.map(row)).toEqual([
      ['2022-01', 1, 1, 0, 0],
      ['2022-02', 4, 1, 2, 1], // the invasion and its two participants, 24 February
      ['2022-03', 1, 1, 0, 0],
      ['2022-04', 1, 1, 0, 0],
      ['2022-05', 1, 1, 0, 0],
      ['2022-06', 1, 1, 0, 0],
      ['2022-07', 1, 1, 0, 0],
      ['2022-08', 1, 1, 0, 0],
      ['2022-09', 6, 3, 3, 0], // Samarkand: partnership, meeting, two participants, location
      ['2022-10', 1, 1, 0, 0],
      ['2022-11', 1, 1, 0, 0],
      ['2022-12', 1, 1, 0, 0],
      ['2023-01', 0, 0, 0, 0],
      ['2023-02', 16, 8, 7, 1],
      ['2023-03', 5, 2, 3, 0], // the state visit runs 28 February to 2 March: counted in both months
    ]);
    expect(h.bins[1]).toMatchObject({ start: '2022-02-01', end: '2022-02-28' });
  });

  it('by year', () => {
    const h = relationTimeHistogram(bundled(), { unit: 'year' });
    expect(h.bins.map(row)).toEqual([
      ['2022', 9, 3, 5, 1],
      ['2023', 16, 8, 7, 1],
    ]);
    expect(h.bins.map((b) => [b.start, b.end])).toEqual([
      ['2022-01-01', '2022-12-31'],
      ['2023-01-01', '2023-12-31'],
    ]);
  });

  it('counts only the given relations', () => {
    const graph = bundled();
    const conflictual = new Set(graph.edges.filter((e) => e.stance === 'conflictual').map((e) => e.id));
    const h = relationTimeHistogram(graph, { unit: 'year', edgeIds: conflictual });
    expect([h.dated, h.undated, h.bins.map((b) => b.count)]).toEqual([2, 3, [1, 1]]);
  });

  it('gives the playback its window ends, one per bin', () => {
    const h = relationTimeHistogram(bundled(), { unit: 'month' });
    const steps = playbackSteps(h.bins);
    expect(steps).toHaveLength(15);
    expect(steps.slice(0, 3)).toEqual(['2022-01-31', '2022-02-28', '2022-03-31']);
    expect(steps.at(-1)).toBe('2023-03-31');
    expect(playbackSteps(relationTimeHistogram(bundled(), { unit: 'year' }).bins)).toEqual(['2022-12-31', '2023-12-31']);
  });
});

describe('bins', () => {
  it('handles leap years, year ends and nothing dated', () => {
    expect(binBounds(binOrdinal('2024-02-10', 'month'), 'month')).toEqual({ label: '2024-02', start: '2024-02-01', end: '2024-02-29' });
    expect(binOrdinal('2023-01-01', 'month') - binOrdinal('2022-12-31', 'month')).toBe(1);
    const parsed = validateGraphDocument({ format: 'kg-explorer-graph', version: 2, meta: { title: 't' }, nodes: [{ id: 'a', label: 'a', type: 'state' }], edges: [{ id: 'x', source: 'a', target: 'a', type: 'meet', stance: 'neutral', confidence: 1 }] });
    if (!parsed.ok) throw new Error(parsed.error.join('\n'));
    expect(relationTimeHistogram(parsed.value, { unit: 'month' })).toEqual({ unit: 'month', bins: [], dated: 0, undated: 1 });
  });
});

describe('relationTimeHistogramSteps (built while a graph opens)', () => {
  it('reports rising progress between 0 and 1 and ends with the same histogram', () => {
    const graph = bundled();
    const steps = relationTimeHistogramSteps(graph, { unit: 'month' }, 1);
    const progress: number[] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) progress.push(next.value);
    // Size 1: a step every 4 relations while reading, then every 4 dated spans while counting.
    expect(progress.length).toBe(Math.floor(graph.edges.length / 4) + 1 + Math.floor(25 / 4));
    expect(progress.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p >= progress[i - 1]!))).toBe(true);
    expect(next.value).toEqual(relationTimeHistogram(graph, { unit: 'month' }));
  });
});
