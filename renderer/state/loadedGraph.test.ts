import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate';
import { computeVisible, DEFAULT_FILTERS } from '../../core/filter/filters';
import { graphFacets } from '../../core/graph/facets';
import { buildGraphIndex } from '../../core/graph/graphIndex';
import { buildSearchIndex, search } from '../../core/search/search';
import { relationTimeHistogram } from '../../core/time/histogram';
import { loadedGraph, loadedGraphSteps } from './loadedGraph';

describe('a graph opened in slices', () => {
  const graph = generateGraph({ edges: 12_000, edgesPerNode: 4, seed: 21 });

  it('reports rising progress below 100% and ends with the same indexes as an open in one go', () => {
    const steps = loadedGraphSteps(graph, 'big.kg.json');
    const progress: number[] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) progress.push(next.value);
    const sliced = next.value;
    // 3,000 actors and 12,000 relations: index, search index and facets each yield several times.
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p >= progress[i - 1]!))).toBe(true);
    const whole = loadedGraph(graph, 'big.kg.json');
    expect(sliced.loadId).toBe(whole.loadId - 1);
    expect({ ...sliced, loadId: 0 }).toEqual({ ...whole, loadId: 0 });
  });

  it('indexes every actor and relation: lookups, incident relations, search, filter counts and the histogram', () => {
    const { index, searchIndex, facets } = loadedGraph(graph, 'big.kg.json');
    expect(index.nodesById.size).toBe(3_000);
    expect(index.edgesById.size).toBe(12_000);
    const touching = graph.edges.filter((e) => e.source === graph.nodes[17]!.id || e.target === graph.nodes[17]!.id).map((e) => e.id);
    expect(index.incident.get(graph.nodes[17]!.id)).toEqual(touching);
    expect(search(searchIndex, graph.nodes[2345]!.label)[0]).toEqual({ kind: 'node', id: graph.nodes[2345]!.id, field: 'label', text: graph.nodes[2345]!.label });
    expect(search(searchIndex, 'ros')).toEqual(search(buildSearchIndex(buildGraphIndex(graph)), 'ros'));
    expect([...facets.stanceCounts.values()].reduce((a, b) => a + b, 0)).toBe(12_000);
    expect(facets.stanceCounts.get('conflictual')).toBe(graph.edges.filter((e) => e.stance === 'conflictual').length);
    expect(facets.actorTypeCounts.get('person')).toBe(graph.nodes.filter((n) => n.type === 'person').length);
    expect(facets.monthHistogram).toEqual(relationTimeHistogram(graph, { unit: 'month' }));
    expect(graphFacets(index)).toEqual(facets);
    expect(computeVisible(index, DEFAULT_FILTERS).edges.size).toBe(12_000);
  });
});
