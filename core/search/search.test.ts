import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../graph/graphIndex';
import { GraphFileSchema } from '../model/schema';
import { fixtureGraph } from '../testing/fixtureGraph';
import { buildSearchIndex, search } from './search';

const searchIndex = buildSearchIndex(buildGraphIndex(GraphFileSchema.parse(fixtureGraph())));
const ids = (q: string) => search(searchIndex, q).map((h) => `${h.kind}:${h.id}:${h.field}`);

describe('search', () => {
  it('finds labels case-insensitively, best match first', () => {
    // "Beta fought Gamma" starts with the query, so it ranks above "Alpha met Beta in May".
    expect(ids('BETA')).toEqual(['node:b:label', 'edge:bc:evidence', 'edge:ab:evidence']);
  });

  it('finds aliases and accent-free descriptions', () => {
    expect(ids('alphaville')).toEqual(['node:a:alias']);
    expect(ids('betaland')).toEqual(['node:b:description']);
  });

  it('finds evidence quotes and relation types', () => {
    expect(ids('fought')).toEqual(['edge:bc:evidence']);
    expect(ids('shares a border')).toEqual(['edge:cd:relation']);
  });

  it('returns nothing for blank or unmatched queries', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('zebra')).toEqual([]);
  });
});
