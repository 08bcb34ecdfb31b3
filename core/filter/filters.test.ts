import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../graph/graphIndex';
import { GraphFileSchema } from '../model/schema';
import { fixtureGraph } from '../testing/fixtureGraph';
import { computeVisible, DEFAULT_FILTERS, graphTimeBounds, isFiltering, type FilterState } from './filters';

const index = buildGraphIndex(GraphFileSchema.parse(fixtureGraph()));
const visible = (patch: Partial<FilterState>) => {
  const v = computeVisible(index, { ...DEFAULT_FILTERS, ...patch });
  return { nodes: [...v.nodes].sort(), edges: [...v.edges].sort() };
};

describe('filters', () => {
  it('shows everything by default', () => {
    expect(visible({})).toEqual({ nodes: ['a', 'b', 'c', 'd', 'e', 'f'], edges: ['ab', 'ae', 'bc', 'cd'] });
    expect(isFiltering(DEFAULT_FILTERS)).toBe(false);
    // The same sets each time (the index keeps them), and the same as a filter that hides nothing.
    expect(computeVisible(index, DEFAULT_FILTERS)).toBe(computeVisible(index, { ...DEFAULT_FILTERS }));
    expect(visible({ minConfidence: Number.MIN_VALUE })).toEqual(visible({}));
  });

  it('hides actor types and the relations that touch them', () => {
    expect(visible({ hiddenActorTypes: ['person'] })).toEqual({ nodes: ['a', 'c', 'd', 'e', 'f'], edges: ['ae', 'cd'] });
  });

  it('hides relation types and stances', () => {
    expect(visible({ hiddenRelationTypes: ['invade', 'borders'] }).edges).toEqual(['ab', 'ae']);
    expect(visible({ hiddenStances: ['cooperative', 'neutral'] }).edges).toEqual(['bc']);
  });

  it('applies the minimum confidence', () => {
    expect(visible({ minConfidence: 0.95 }).edges).toEqual(['ab', 'ae']);
  });

  it('keeps relations whose time overlaps the window, at their precision', () => {
    // 2020-05 (month precision) covers 2020-05-31; 2021 covers all of 2021.
    expect(visible({ timeFrom: '2020-05-31', timeTo: '2021-01-01' }).edges).toEqual(['ab', 'bc', 'cd']);
    expect(visible({ timeFrom: '2020-05-31', timeTo: '2021-01-01', includeUndated: false }).edges).toEqual(['ab', 'bc']);
  });

  it('hides events outside the time window', () => {
    expect(visible({ timeFrom: '2022-02-01' }).nodes).toEqual(['a', 'b', 'c', 'd', 'f']);
  });

  it('can hide actors left without relations', () => {
    expect(visible({ hideOrphans: true, hiddenStances: ['conflictual', 'neutral'] })).toEqual({ nodes: ['a', 'b'], edges: ['ab'] });
  });

  it('spans the graph\'s own dates', () => {
    expect(graphTimeBounds(index)).toEqual({ from: '2020-05-01', to: '2022-01-10' });
  });
});
