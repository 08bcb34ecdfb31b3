import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeVisible, DEFAULT_FILTERS, type FilterState } from '../filter/filters';
import { buildGraphIndex } from '../graph/graphIndex';
import { parseGraphText } from '../io/nativeFormat';
import type { GraphFile } from '../model/schema';
import { computeMetrics, type GraphMetrics } from './metrics';
import { graphFromEdges, type TestEdge } from './testGraphs';

// NetworkX is the reference these values are held to (DESIGN.md: it is on the machine).
const probe = spawnSync('python3', ['-c', 'import networkx, scipy; print(networkx.__version__)'], { encoding: 'utf8' });
const networkx = probe.status === 0 ? probe.stdout.trim() : null;
if (networkx === null) {
  console.log(`NetworkX metrics tests skipped: python3 -c "import networkx, scipy" failed: ${(probe.error?.message ?? probe.stderr).trim()}`);
}

const dir = mkdtempSync(join(tmpdir(), 'kg-metrics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function python(script: string, ...args: string[]): unknown {
  const run = spawnSync('python3', ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as unknown;
}

/** NetworkX's classic graphs as node and edge lists (karate club; Les Misérables co-appearances). */
const NETWORKX_CLASSICS = `
import json
import networkx as nx
out = {}
for name, G in (('karate', nx.karate_club_graph()), ('lesmis', nx.les_miserables_graph())):
    out[name] = {'nodes': [str(n) for n in G.nodes()], 'edges': [[str(u), str(v)] for u, v in G.edges()]}
print(json.dumps(out))
`;

/**
 * For each case, builds the simple graph from the visible relations as a NetworkX user would
 * (nx.Graph of all pairs; nx.DiGraph with mutual relations as both arcs; self-loops removed) and
 * computes the same metrics, unweighted. One python3 run for all cases: starting it is the slow part.
 */
const NETWORKX_METRICS = `
import json, sys
import networkx as nx
results = []
for spec in json.load(open(sys.argv[1])):
    G = nx.DiGraph() if spec['directed'] else nx.Graph()
    D = nx.DiGraph()
    for g in (G, D):
        g.add_nodes_from(spec['nodes'])
    for s, t, directed in spec['edges']:
        if s == t:
            continue
        for g in (G, D):
            g.add_edge(s, t)
            if not directed and g.is_directed():
                g.add_edge(t, s)
    parts = {}
    for node, c in spec['communities'].items():
        parts.setdefault(c, set()).add(node)
    edges = G.number_of_edges() > 0
    results.append({
        'degreeIn': dict(D.in_degree()), 'degreeOut': dict(D.out_degree()), 'degree': dict(G.degree()),
        'betweenness': nx.betweenness_centrality(G),
        'closeness': nx.closeness_centrality(G),
        'pagerank': nx.pagerank(G, alpha=0.85, weight=None),
        'modularityOfOurs': nx.community.modularity(G, list(parts.values()), weight=None) if edges else None,
        'louvainModularity': max(nx.community.modularity(G, nx.community.louvain_communities(G, weight=None, seed=s), weight=None) for s in range(5)) if edges else None,
    })
print(json.dumps(results))
`;

interface Reference {
  degreeIn: Record<string, number>;
  degreeOut: Record<string, number>;
  degree: Record<string, number>;
  betweenness: Record<string, number>;
  closeness: Record<string, number>;
  pagerank: Record<string, number>;
  modularityOfOurs: number | null;
  louvainModularity: number | null;
}

interface Case {
  readonly name: string;
  readonly graph: GraphFile;
  readonly directed: boolean;
  readonly filters?: FilterState;
}

function bundled(): GraphFile {
  const parsed = parseGraphText(readFileSync(join(__dirname, '../../data/belarus-china.kg.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  return parsed.value;
}

function cases(): Case[] {
  const classics = python(NETWORKX_CLASSICS) as Record<'karate' | 'lesmis', { nodes: string[]; edges: [string, string][] }>;
  const lesmis = classics.lesmis;
  const oriented: TestEdge[] = lesmis.edges.map(([u, v], i) => (i % 3 === 0 ? [u, v, false] : i % 3 === 1 ? [u, v] : [v, u]));
  const narrowed = { ...DEFAULT_FILTERS, hiddenRelationTypes: ['participates_in', 'located_in'], minConfidence: 0.6, hideOrphans: true };
  const odd: TestEdge[] = [['a', 'a'], ['a', 'b'], ['a', 'b'], ['b', 'a'], ['b', 'c', false], ['c', 'b'], ['c', 'd'], ['d', 'd', false], ['e', 'f']];
  const oddGraph = graphFromEdges(['a', 'b', 'c', 'd', 'e', 'f', 'g'], odd);
  return [
    { name: 'bundled Graph', graph: bundled(), directed: false },
    { name: 'bundled DiGraph', graph: bundled(), directed: true },
    { name: 'bundled Graph, filtered', graph: bundled(), directed: false, filters: narrowed },
    { name: 'bundled DiGraph, filtered', graph: bundled(), directed: true, filters: narrowed },
    { name: 'karate', graph: graphFromEdges(classics.karate.nodes, classics.karate.edges), directed: false },
    { name: 'lesmis', graph: graphFromEdges(lesmis.nodes, lesmis.edges), directed: false },
    { name: 'lesmis DiGraph', graph: graphFromEdges(lesmis.nodes, oriented), directed: true },
    { name: 'odd Graph', graph: oddGraph, directed: false },
    { name: 'odd DiGraph', graph: oddGraph, directed: true },
    { name: 'no edges', graph: graphFromEdges(['x', 'y'], []), directed: false },
  ];
}

const results = new Map<string, { ours: GraphMetrics; reference: Reference }>();

beforeAll(() => {
  if (networkx === null) return;
  const all = cases();
  const specs = all.map(({ graph, directed, filters = DEFAULT_FILTERS }) => {
    const index = buildGraphIndex(graph);
    const visible = computeVisible(index, filters);
    const ours = computeMetrics(index, visible, { directed });
    const edges = graph.edges.filter((e) => visible.edges.has(e.id)).map((e) => [e.source, e.target, e.directed]);
    const communities = Object.fromEntries([...ours.nodes].map(([id, m]) => [id, m.community]));
    return { ours, spec: { directed, nodes: [...visible.nodes], edges, communities } };
  });
  const path = join(dir, 'graphs.json');
  writeFileSync(path, JSON.stringify(specs.map((s) => s.spec)));
  const references = python(NETWORKX_METRICS, path) as Reference[];
  all.forEach((c, i) => results.set(c.name, { ours: specs[i]!.ours, reference: references[i]! }));
}, 120_000);

/** Every per-node value equal to NetworkX's (degrees exactly, centralities within 1e-6), and the partition's modularity. */
function expectMatch(name: string): { ours: GraphMetrics; reference: Reference } {
  const { ours, reference } = results.get(name)!;
  expect([...ours.nodes.keys()].sort()).toEqual(Object.keys(reference.degree).sort());
  for (const [id, m] of ours.nodes) {
    const where = `${id} in ${name}`;
    expect({ where, in: m.degreeIn, out: m.degreeOut, degree: m.degree }).toEqual({
      where,
      in: reference.degreeIn[id],
      out: reference.degreeOut[id],
      degree: reference.degree[id],
    });
    for (const key of ['betweenness', 'closeness', 'pagerank'] as const) {
      if (!(Math.abs(m[key] - reference[key][id]!) <= 1e-6)) expect.fail(`${key} of ${where}: ours ${m[key]}, NetworkX ${reference[key][id]}`);
    }
  }
  if (reference.modularityOfOurs === null) expect(ours.modularity).toBeNull();
  else expect(Math.abs(ours.modularity! - reference.modularityOfOurs)).toBeLessThan(1e-6);
  return { ours, reference };
}

/** Louvain is a heuristic: ours must be as good as NetworkX's best of five seeds, within this. */
const LOUVAIN_SLACK = 0.01;

function expectLouvainAsGood(name: string): void {
  const { ours, reference } = results.get(name)!;
  expect(ours.modularity!).toBeGreaterThan(reference.louvainModularity! - LOUVAIN_SLACK);
}

describe.skipIf(networkx === null)(`metrics match NetworkX ${networkx ?? ''}`, () => {
  it('the bundled graph as nx.Graph and as nx.DiGraph (parallel and mutual relations collapsed)', () => {
    for (const name of ['bundled Graph', 'bundled DiGraph']) {
      expect(expectMatch(name).ours.nodes.size).toBe(21);
      expectLouvainAsGood(name);
    }
    expect(results.get('bundled Graph')!.ours.graphType).toBe('Graph');
    expect(results.get('bundled DiGraph')!.ours.graphType).toBe('DiGraph');
  });

  it('the visible subgraph only: hidden relation types, low confidence and orphans are left out', () => {
    for (const name of ['bundled Graph, filtered', 'bundled DiGraph, filtered']) {
      const { ours } = expectMatch(name);
      expect(ours.nodes.has('samarkand')).toBe(false);
      expect(ours.nodes.get('china')!.degree).not.toBe(results.get('bundled Graph')!.ours.nodes.get('china')!.degree);
    }
  });

  it("Zachary's karate club and Les Misérables, undirected", () => {
    for (const name of ['karate', 'lesmis']) {
      expectMatch(name);
      expectLouvainAsGood(name);
    }
    expect(results.get('karate')!.ours.nodes.size).toBe(34);
    expect(results.get('lesmis')!.ours.nodes.size).toBe(77);
  });

  it('Les Misérables with directions: every third tie mutual, the others pointing either way', () => {
    expectMatch('lesmis DiGraph');
    expectLouvainAsGood('lesmis DiGraph');
  });

  it('self-loops, parallel and opposite relations, isolated actors and a graph without edges', () => {
    expectMatch('odd Graph');
    expectMatch('odd DiGraph');
    const { ours } = expectMatch('no edges');
    expect([...ours.nodes.values()].map((m) => m.community)).toEqual([0, 1]);
    expect(ours.communityCount).toBe(2);
  });
});
