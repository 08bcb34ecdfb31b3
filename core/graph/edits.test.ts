import { describe, expect, it } from 'vitest';
import { GraphFileSchema } from '../model/schema';
import { fixtureGraph } from '../testing/fixtureGraph';
import { addSource, deleteElements, freshId, locateEvidence, upsertEdge, upsertNode } from './edits';

const graph = GraphFileSchema.parse(fixtureGraph());

describe('graph edits', () => {
  it('adds and replaces an actor, validated by the schema', () => {
    const added = upsertNode(graph, { id: 'g', label: 'Gondor', type: 'state' });
    if (!added.ok) throw new Error(added.error.join());
    expect(added.value.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const renamed = upsertNode(added.value, { id: 'g', label: 'Gondor (kingdom)', type: 'state', aliases: ['Minas Tirith'] });
    if (!renamed.ok) throw new Error(renamed.error.join());
    expect(renamed.value.nodes.find((n) => n.id === 'g')).toMatchObject({ label: 'Gondor (kingdom)', aliases: ['Minas Tirith'] });
    expect(upsertNode(graph, { id: 'x', label: '', type: 'planet' })).toEqual({
      ok: false,
      error: ['label: must not be empty', expect.stringMatching(/^type: Invalid option/)],
    });
  });

  it('adds a relation with evidence located in its source', () => {
    const evidence = locateEvidence(graph, 's1', 'Beta fought Gamma');
    expect(evidence).toEqual({ ok: true, value: { sourceId: 's1', quote: 'Beta fought Gamma', start: 23, end: 40 } });
    const added = upsertEdge(graph, { id: 'bd', source: 'b', target: 'd', type: 'criticise', stance: 'conflictual', confidence: 0.8, evidence: [evidence.ok ? evidence.value : null] });
    expect(added.ok && added.value.edges.at(-1)).toMatchObject({ id: 'bd', source: 'b', target: 'd' });
  });

  it('refuses a relation to a missing actor or a quote not in the text', () => {
    expect(upsertEdge(graph, { id: 'bz', source: 'b', target: 'zed', type: 'ally', stance: 'cooperative', confidence: 1 })).toEqual({
      ok: false,
      error: ['edges[4].target: no node has id "zed"'],
    });
    expect(locateEvidence(graph, 's1', 'not there')).toEqual({ ok: false, error: 'The quote is not found in “Fixture text”. Paste it exactly as the text has it.' });
  });

  it('deleting an actor deletes its relations', () => {
    const after = deleteElements(graph, new Set(['b']));
    expect(after.nodes.map((n) => n.id)).toEqual(['a', 'c', 'd', 'e', 'f']);
    expect(after.edges.map((e) => e.id)).toEqual(['cd', 'ae']);
  });

  it('makes fresh ids and adds sources', () => {
    expect(freshId(graph, 'Alpha')).toBe('alpha');
    expect(freshId(graph, 'a')).toBe('a-2');
    const added = addSource(graph, 'Second article', 'Delta met Alpha.', '2024-01-02');
    expect(added.ok && added.value.sourceId).toBe('second-article');
  });
});
