import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../graph/graphIndex';
import { GraphFileSchema } from '../model/schema';
import { fixtureGraph } from '../testing/fixtureGraph';
import { runSteps } from '../util/steps';
import { buildSearchIndex, buildSearchIndexSteps, entryText, normaliseForSearch, search, SearchHits, searchWhere } from './search';

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

  it('reports the matched text as the graph has it, the same for the same entry every time', () => {
    const [hit] = search(searchIndex, 'FOUGHT');
    expect(hit).toEqual({ kind: 'edge', id: 'bc', field: 'evidence', text: 'Beta fought Gamma' });
    expect(search(searchIndex, 'gamma')).toContainEqual(hit);
  });

  it('returns nothing for blank or unmatched queries', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('zebra')).toEqual([]);
  });
});

describe('the search index built in slices', () => {
  it('holds every text normalised at its own place, whatever the slice size (parts joined across accented texts)', () => {
    const graph = GraphFileSchema.parse(fixtureGraph());
    const accented = { ...graph, nodes: graph.nodes.map((n, i) => (i % 2 === 0 ? { ...n, label: `Lukašėnka ${n.label}` } : n)) };
    for (const size of [1, 2, 3, 2000]) {
      const index = runSteps(buildSearchIndexSteps(buildGraphIndex(accented), size));
      const stored = index.texts.map((_, i) => entryText(index, i));
      expect(stored).toEqual(index.texts.map(normaliseForSearch));
      // The parts, joined by NUL, are the entries joined by NUL.
      expect(index.parts.join('\u0000')).toBe(stored.join('\u0000'));
      expect(index.partStarts.at(-1)).toBe(index.starts[index.texts.length]);
      expect(search(index, 'lukasenka').length).toBe(Math.ceil(graph.nodes.length / 2));
    }
  });
});

describe('search hits, made as they are read', () => {
  it('counts every match, and makes the ones asked for: by position, a slice, or all in order', () => {
    const all = search(searchIndex, 'a');
    const { hits } = searchWhere(searchIndex, 'a', null);
    expect(hits.length).toBe(all.length);
    expect(all.length).toBeGreaterThan(3);
    expect(hits.at(0)).toEqual(all[0]);
    expect(hits.at(all.length - 1)).toEqual(all.at(-1));
    expect(hits.at(all.length)).toBeUndefined();
    expect(hits.at(-1)).toBeUndefined();
    expect(hits.slice(1, 3)).toEqual(all.slice(1, 3));
    expect(hits.slice(2, 10_000)).toEqual(all.slice(2));
    expect([...hits]).toEqual(all);
    expect([SearchHits.NONE.length, SearchHits.NONE.at(0), SearchHits.NONE.slice(0)]).toEqual([0, undefined, []]);
  });
});
