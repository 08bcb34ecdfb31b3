import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../graph/graphIndex';
import { GraphFileSchema } from '../model/schema';
import { fixtureGraph } from '../testing/fixtureGraph';
import { runSteps } from '../util/steps';
import { buildSearchIndex, buildSearchIndexSteps, entryText, normaliseForSearch, search } from './search';

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

  it('reports the matched text as the graph has it, and the same hit for the same entry every time', () => {
    const [hit] = search(searchIndex, 'FOUGHT');
    expect(hit).toEqual({ kind: 'edge', id: 'bc', field: 'evidence', text: 'Beta fought Gamma' });
    expect(search(searchIndex, 'gamma')).toContain(hit);
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
      const stored = index.hits.map((_, i) => entryText(index, i));
      expect(stored).toEqual(index.hits.map((h) => normaliseForSearch(h.text)));
      // The parts, joined by NUL, are the entries joined by NUL.
      expect(index.parts.join('\u0000')).toBe(stored.join('\u0000'));
      expect(index.partStarts.at(-1)).toBe(index.starts[index.hits.length]);
      expect(search(index, 'lukasenka').length).toBe(Math.ceil(graph.nodes.length / 2));
    }
  });
});
