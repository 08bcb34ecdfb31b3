import { describe, expect, it } from 'vitest';
import { computeVisible, DEFAULT_FILTERS } from '../filter/filters';
import { GraphFileSchema } from '../model/schema';
import { fixtureGraph } from '../testing/fixtureGraph';
import { buildGraphIndex } from './graphIndex';
import { neighbourhood, seedsOf } from './neighbourhood';

const index = buildGraphIndex(GraphFileSchema.parse(fixtureGraph()));
const all = computeVisible(index, DEFAULT_FILTERS);
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('neighbourhood', () => {
  it('grows by one hop per depth, ignoring direction', () => {
    expect(sorted(neighbourhood(index, all, ['b'], 1).nodes)).toEqual(['a', 'b', 'c']);
    expect(sorted(neighbourhood(index, all, ['b'], 2).nodes)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(sorted(neighbourhood(index, all, ['b'], 3).nodes)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps the visible edges among the focused nodes', () => {
    expect(sorted(neighbourhood(index, all, ['b'], 1).edges)).toEqual(['ab', 'bc']);
  });

  it('walks only visible edges', () => {
    const noInvasion = computeVisible(index, { ...DEFAULT_FILTERS, hiddenRelationTypes: ['invade'] });
    expect(sorted(neighbourhood(index, noInvasion, ['b'], 3).nodes)).toEqual(['a', 'b', 'e']);
  });

  it('seeds an edge selection with both its ends', () => {
    expect(seedsOf(index, { kind: 'edge', id: 'cd' })).toEqual(['c', 'd']);
    expect(seedsOf(index, { kind: 'node', id: 'f' })).toEqual(['f']);
  });
});
