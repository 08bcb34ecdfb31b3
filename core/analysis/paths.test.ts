import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeVisible, DEFAULT_FILTERS, type FilterState } from '../filter/filters';
import { buildGraphIndex } from '../graph/graphIndex';
import { parseGraphText } from '../io/nativeFormat';
import { evidenceChain, shortestPath, simplePaths } from './paths';
import { graphFromEdges, type TestEdge } from './testGraphs';

function bundledIndex() {
  const parsed = parseGraphText(readFileSync(join(__dirname, '../../data/belarus-china.kg.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  return buildGraphIndex(parsed.value);
}

const index = bundledIndex();
const visible = (filters: Partial<FilterState> = {}) => computeVisible(index, { ...DEFAULT_FILTERS, ...filters });
const TITLE = 'Belarus president Lukashenko, close ally of Russia’s Putin, to visit China';

describe('shortestPath on the bundled graph', () => {
  it('China to Ukraine goes through Belarus, on the partnership and the border', () => {
    expect(shortestPath(index, visible(), 'china', 'ukraine')).toEqual({
      nodeIds: ['china', 'belarus', 'ukraine'],
      edgeIds: ['e-china-strategic_partnership-belarus', 'e-belarus-borders-ukraine'],
      // Each step's other relations, best first: China–Belarus has three, Belarus–Ukraine two.
      alternatives: [['e-china-intend_to_cooperate-belarus', 'e-china-pledge_support-belarus'], ['e-ukraine-express_concern-belarus']],
    });
  });

  it('gives the path its evidence, quote by quote', () => {
    const path = shortestPath(index, visible(), 'china', 'ukraine')!;
    expect(evidenceChain(index, path)).toEqual([
      {
        edgeId: 'e-china-strategic_partnership-belarus',
        from: 'china',
        to: 'belarus',
        type: 'strategic_partnership',
        typeLabel: 'Strategic partnership',
        stance: 'cooperative',
        confidence: 1,
        directed: false,
        reversed: false,
        quotes: [{ quote: 'Xi and Lukashenko announced an “all-weather” strategic partnership', sourceId: 'belarus-china-2023-02-25', sourceTitle: TITLE, start: 1088, end: 1154 }],
      },
      {
        edgeId: 'e-belarus-borders-ukraine',
        from: 'belarus',
        to: 'ukraine',
        type: 'borders',
        typeLabel: 'Shares a border with',
        stance: 'neutral',
        confidence: 1,
        directed: false,
        reversed: false,
        quotes: [{ quote: 'Belarus, which shares a border with Ukraine and Russia', sourceId: 'belarus-china-2023-02-25', sourceTitle: TITLE, start: 1205, end: 1259 }],
      },
    ]);
  });

  it('respects the filters: hiding a relation type changes the path', () => {
    // Without the partnership, China–Belarus rests on 0.9 relations, so the 12-point paper (1 + 1) wins the tie in length.
    expect(shortestPath(index, visible({ hiddenRelationTypes: ['strategic_partnership'] }), 'china', 'ukraine')!.nodeIds).toEqual([
      'china',
      'position-paper',
      'ukraine',
    ]);
    // Without the border, Belarus reaches Ukraine only over "Ukraine expresses concern about Belarus", walked backwards.
    const path = shortestPath(index, visible({ hiddenRelationTypes: ['borders'] }), 'china', 'ukraine')!;
    expect(path.edgeIds).toEqual(['e-china-strategic_partnership-belarus', 'e-ukraine-express_concern-belarus']);
    expect(evidenceChain(index, path)[1]).toMatchObject({ from: 'belarus', to: 'ukraine', reversed: true, typeLabel: 'Expresses concern' });
  });

  it('follows directions only when asked, and mutual relations both ways', () => {
    const directed = shortestPath(index, visible({ hiddenRelationTypes: ['borders'] }), 'china', 'ukraine', { directed: true })!;
    expect(directed.nodeIds).toEqual(['china', 'position-paper', 'ukraine']);
    // Xi is only ever the subject (he leads, invites, meets): no relation points to him.
    expect(shortestPath(index, visible(), 'ukraine', 'xi-jinping', { directed: true })).toBeNull();
    // Undirected, two routes tie on length and confidence (1 + 1 + 1); "china" sorts before "lukashenko".
    expect(shortestPath(index, visible(), 'ukraine', 'xi-jinping')!.nodeIds).toEqual(['ukraine', 'belarus', 'china', 'xi-jinping']);
    expect(shortestPath(index, visible(), 'xi-jinping', 'ukraine', { directed: true })!.nodeIds).toEqual(['xi-jinping', 'china', 'belarus', 'ukraine']);
  });

  it('is null for hidden or unconnected ends, and the actor itself for from = to', () => {
    expect(shortestPath(index, visible({ hiddenActorTypes: ['state'] }), 'china', 'ukraine')).toBeNull();
    expect(shortestPath(index, visible({ hiddenRelationTypes: ['located_in'] }), 'china', 'uzbekistan')).toBeNull();
    expect(shortestPath(index, visible(), 'china', 'china')).toEqual({ nodeIds: ['china'], edgeIds: [], alternatives: [] });
  });
});

describe('simplePaths', () => {
  it('lists the bundled paths from China to Ukraine, shortest and best attested first', () => {
    const two = simplePaths(index, visible(), 'china', 'ukraine', 2);
    expect(two.capped).toBe(false);
    expect(two.paths.map((p) => p.nodeIds.join(' '))).toEqual(['china belarus ukraine', 'china position-paper ukraine']);
    const three = simplePaths(index, visible(), 'china', 'ukraine', 3);
    expect(three.paths.map((p) => p.nodeIds.join(' '))).toEqual([
      'china belarus ukraine',
      'china position-paper ukraine',
      'china belarus russia ukraine',
      'china position-paper russia ukraine',
      'china position-paper russia-ukraine-war ukraine',
      'china lukashenko belarus ukraine',
      'china lukashenko russia ukraine',
      'china external-forces belarus ukraine',
    ]);
    expect([2, 3, 4, 5, 6].map((n) => simplePaths(index, visible(), 'china', 'ukraine', n).paths.length)).toEqual([2, 8, 25, 66, 136]);
  });

  it('of equally confident parallel edges, prefers one that runs the way the path walks', () => {
    const viaLukashenko = simplePaths(index, visible(), 'china', 'ukraine', 3).paths[5]!;
    expect(viaLukashenko.nodeIds).toEqual(['china', 'lukashenko', 'belarus', 'ukraine']);
    // Both 0.9: "China hosts the visit" walks forward; "Lukashenko visits China" would be walked backwards.
    expect(viaLukashenko.edgeIds[0]).toBe('e-china-host_visit-lukashenko');
    expect(viaLukashenko.alternatives[0]).toEqual(['e-lukashenko-visit-china']);
    expect(shortestPath(index, visible(), 'lukashenko', 'china')!.edgeIds).toEqual(['e-lukashenko-visit-china']);
  });

  it('stops at the longest simple path the visible actors allow', () => {
    const all = simplePaths(index, visible(), 'china', 'ukraine', Number.MAX_SAFE_INTEGER, { limit: 100_000 });
    expect(all.capped).toBe(false);
    expect(all.paths).toEqual(simplePaths(index, visible(), 'china', 'ukraine', 20, { limit: 100_000 }).paths);
  });

  it('caps the list and says so, keeping the shortest', () => {
    const capped = simplePaths(index, visible(), 'china', 'ukraine', 6, { limit: 10 });
    expect(capped).toMatchObject({ capped: true, limit: 10 });
    expect(capped.paths).toHaveLength(10);
    expect(capped.paths.slice(0, 8)).toEqual(simplePaths(index, visible(), 'china', 'ukraine', 3).paths);
    expect(simplePaths(index, visible(), 'china', 'ukraine', 3, { limit: 8 }).capped).toBe(false);
  });

  it('never repeats an actor, never passes through the target, and every step is a visible edge', () => {
    const v = visible({ minConfidence: 0.9 });
    for (const path of simplePaths(index, v, 'china', 'ukraine', 6).paths) {
      expect(new Set(path.nodeIds).size).toBe(path.nodeIds.length);
      expect(path.nodeIds.indexOf('ukraine')).toBe(path.nodeIds.length - 1);
      path.edgeIds.forEach((id, i) => {
        const edge = index.edgesById.get(id)!;
        expect(v.edges.has(id)).toBe(true);
        expect([edge.source, edge.target].sort()).toEqual([path.nodeIds[i], path.nodeIds[i + 1]].sort());
      });
    }
  });

  it('chooses the most confident of parallel edges and keeps the rest, in the direction walked', () => {
    const edges: TestEdge[] = [['a', 'b'], ['b', 'a'], ['a', 'b', false], ['b', 'c'], ['a', 'a']];
    const g = graphFromEdges(['a', 'b', 'c'], edges);
    const confidences = [0.5, 0.9, 0.7, 1, 1];
    const test = buildGraphIndex({ ...g, edges: g.edges.map((e, i) => ({ ...e, confidence: confidences[i]! })) });
    const all = { nodes: new Set(['a', 'b', 'c']), edges: new Set(['e0', 'e1', 'e2', 'e3', 'e4']) };
    expect(shortestPath(test, all, 'a', 'c')).toEqual({ nodeIds: ['a', 'b', 'c'], edgeIds: ['e1', 'e3'], alternatives: [['e2', 'e0'], []] });
    expect(shortestPath(test, all, 'a', 'c', { directed: true })).toEqual({ nodeIds: ['a', 'b', 'c'], edgeIds: ['e2', 'e3'], alternatives: [['e0'], []] });
    expect(simplePaths(test, all, 'c', 'a', 5, { directed: true }).paths).toEqual([]);
  });
});
