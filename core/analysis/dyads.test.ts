import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeVisible, DEFAULT_FILTERS } from '../filter/filters';
import { buildGraphIndex } from '../graph/graphIndex';
import { parseGraphText } from '../io/nativeFormat';
import { aggregateDyads, dyadKey } from './dyads';
import { graphFromEdges } from './testGraphs';

function bundledIndex() {
  const parsed = parseGraphText(readFileSync(join(__dirname, '../../data/belarus-china.kg.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  return buildGraphIndex(parsed.value);
}

const index = bundledIndex();
const visible = computeVisible(index, DEFAULT_FILTERS);
const pair = (dyads: ReturnType<typeof aggregateDyads>, x: string, y: string) => dyads.find((d) => d.key === dyadKey(x, y));
const YEAR_2022 = { from: '2022-01-01', to: '2022-12-31' };

describe('aggregateDyads on the bundled graph', () => {
  const dyads = aggregateDyads(index, visible);

  it('groups all 49 relations into 39 unordered pairs', () => {
    expect(dyads).toHaveLength(39);
    expect(dyads.reduce((n, d) => n + d.count, 0)).toBe(49);
  });

  it('China–Belarus: intent 4 + pledge 4.5 + partnership 8', () => {
    expect(pair(dyads, 'china', 'belarus')).toEqual({
      key: '["belarus","china"]',
      a: 'belarus',
      b: 'china',
      edgeIds: ['e-china-intend_to_cooperate-belarus', 'e-china-pledge_support-belarus', 'e-china-strategic_partnership-belarus'],
      count: 3,
      goldstein: 16.5,
      stance: 'cooperative',
      undated: 0,
      reciprocal: false,
      visitHosted: false,
      mutual: true,
    });
  });

  it('Lukashenko–China: the visit (1.9) and its hosting (2.8) are reciprocal', () => {
    expect(pair(dyads, 'lukashenko', 'china')).toMatchObject({
      a: 'china',
      b: 'lukashenko',
      edgeIds: ['e-lukashenko-visit-china', 'e-china-host_visit-lukashenko'],
      count: 2,
      goldstein: 4.7,
      stance: 'cooperative',
      reciprocal: true,
      visitHosted: true,
      mutual: false,
    });
  });

  it('nets scores of both signs and counts undated relations', () => {
    // Borders (no score, mutual) and "Ukraine expresses concern" (-0.4): one way only.
    expect(pair(dyads, 'belarus', 'ukraine')).toMatchObject({ count: 2, goldstein: -0.4, stance: 'conflictual', undated: 2, reciprocal: false, mutual: true });
    // depends_on, borders, military cooperation 7.4, intent 5.2, ally.
    expect(pair(dyads, 'belarus', 'russia')).toMatchObject({ count: 5, goldstein: 12.6, stance: 'cooperative', undated: 4 });
    // The paper appeals to Russia (4), Russia endorses the paper (3.4): directed both ways, not a visit.
    expect(pair(dyads, 'russia', 'position-paper')).toMatchObject({ goldstein: 7.4, reciprocal: true, visitHosted: false });
    expect(pair(dyads, 'lukashenko', 'belarus')).toMatchObject({ goldstein: 0, stance: 'neutral' });
    expect(pair(dyads, 'russia', 'ukraine')).toMatchObject({ goldstein: -10, stance: 'conflictual' });
  });

  it('within a window: overlapping dated relations, undated ones by option', () => {
    const withUndated = aggregateDyads(index, visible, YEAR_2022);
    expect(pair(withUndated, 'china', 'belarus')).toMatchObject({ edgeIds: ['e-china-strategic_partnership-belarus'], goldstein: 8 });
    expect(pair(withUndated, 'belarus', 'russia')).toMatchObject({ count: 5, goldstein: 12.6, undated: 4 });
    expect(pair(withUndated, 'china', 'lukashenko')).toBeUndefined();

    const datedOnly = aggregateDyads(index, visible, YEAR_2022, { includeUndated: false });
    expect(datedOnly.map((d) => [d.a, d.b, d.count, d.goldstein])).toEqual([
      ['belarus', 'china', 1, 8],
      ['belarus', 'russia', 1, 7.4],
      ['lukashenko', 'samarkand-meeting', 1, 0],
      ['lukashenko', 'xi-jinping', 1, 2.5],
      ['russia', 'russia-ukraine-war', 1, 0],
      ['russia', 'ukraine', 1, -10],
      ['russia-ukraine-war', 'ukraine', 1, 0],
      ['samarkand', 'samarkand-meeting', 1, 0],
      ['samarkand-meeting', 'xi-jinping', 1, 0],
    ]);
    expect(pair(datedOnly, 'belarus', 'russia')!.undated).toBe(4);
  });

  it('respects the filters', () => {
    const cooperativeOnly = computeVisible(index, { ...DEFAULT_FILTERS, hiddenStances: ['neutral', 'conflictual'] });
    expect(pair(aggregateDyads(index, cooperativeOnly), 'belarus', 'ukraine')).toBeUndefined();
    expect(pair(aggregateDyads(index, cooperativeOnly), 'belarus', 'russia')).toMatchObject({ count: 3, goldstein: 12.6, undated: 2 });
  });
});

describe('aggregateDyads on small graphs', () => {
  it('keys pairs unambiguously and keeps self-loops as their own dyad', () => {
    const graph = graphFromEdges(['a', 'a\u0000b', 'b', 'c'], [['a', 'b'], ['b', 'a'], ['a', 'a'], ['a\u0000b', 'c'], ['c', 'a', false]]);
    const idx = buildGraphIndex(graph);
    const dyads = aggregateDyads(idx, { nodes: new Set(graph.nodes.map((n) => n.id)), edges: new Set(graph.edges.map((e) => e.id)) });
    expect(dyads.map((d) => [d.a, d.b, d.count, d.reciprocal, d.mutual])).toEqual([
      ['a', 'a', 1, false, false],
      ['a', 'b', 2, true, false],
      ['a', 'c', 1, false, true],
      ['a\u0000b', 'c', 1, false, false],
    ]);
  });
});
