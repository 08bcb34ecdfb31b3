import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { metricsGraph } from '../core/analysis/metricsGraph';
import { seededRandom } from '../core/analysis/seededRandom';
import { computeVisible, DEFAULT_FILTERS } from '../core/filter/filters';
import type { FormatId } from '../core/formats/formatIds';
import { buildGraphIndex } from '../core/graph/graphIndex';
import { buildSearchIndex, searchVisible } from '../core/search/search';
import { ForceLayoutRun } from '../core/layout/forceLayout';
import { spiralPositions } from '../core/layout/scatter';
import { fileFor, readOk } from './formatFiles';
import { generateGraph } from './generate';
import { median, python, record, timeMs } from './measure';

export const TMP = path.join(os.tmpdir(), `kg-bench-${process.pid}`);
mkdirSync(TMP, { recursive: true });

const FORMAT_IDS: readonly FormatId[] = ['native', 'graphml', 'gexf', 'csv', 'cyjs', 'jgf'];
const label = (edges: number) => (edges >= 1000 ? `${edges / 1000}k edges` : `${edges} edges`);

export function benchParse(sizes: readonly number[]): void {
  console.log('\nparse + validate (FORMATS[id].read)');
  for (const edges of sizes) {
    const graph = generateGraph({ edges, seed: 1 });
    // Five runs of the app's readers (the machine is shared: three left a median at the mercy of one
    // slow run); NetworkX, ten times slower at 10k and above, three.
    const runs = 5;
    const nxRuns = edges >= 10_000 ? 3 : 5;
    const nativeText = fileFor(graph, 'native').text;
    const jsonBaseline = timeMs(() => JSON.parse(nativeText), runs);
    for (const id of FORMAT_IDS) {
      // XML is compared with NetworkX's readers, the JSON family with JSON.parse of the native text.
      const xml = id === 'graphml' || id === 'gexf';
      const { name, text } = fileFor(graph, id);
      const ms = timeMs(() => readOk(id, text, name), runs, edges < 100_000);
      if (xml) {
        const file = path.join(TMP, name);
        writeFileSync(file, text);
        const nx = python<{ ms: number }>(['read', file, id, String(nxRuns)]).ms;
        record(`parse ${id}`, label(edges), ms, nx, `nx.read_${id}`);
      } else {
        record(`parse ${id}`, label(edges), ms, jsonBaseline, 'JSON.parse of native text');
      }
    }
  }
}

export function benchDatasets(): void {
  console.log('\nNetworkX datasets written by NetworkX as GraphML, read by the graphml reader');
  python(['datasets', TMP]);
  for (const name of ['les_miserables', 'karate_club', 'florentine_families']) {
    const file = path.join(TMP, `${name}.graphml`);
    const text = readFileSync(file, 'utf8');
    const ms = timeMs(() => readOk('graphml', text, `${name}.graphml`), 5);
    const nx = python<{ ms: number }>(['read', file, 'graphml', '5']).ms;
    record('parse graphml (nx dataset)', name, ms, nx, 'nx.read_graphml');
  }
}

export function benchFilter(edges: number): void {
  console.log('\nfilter change (computeVisible, stance "conflictual" hidden)');
  const graph = generateGraph({ edges, seed: 2 });
  const index = buildGraphIndex(graph);
  const filters = { ...DEFAULT_FILTERS, hiddenStances: ['conflictual'] };
  const ms = timeMs(() => computeVisible(index, filters), 7);
  const baseline = timeMs(() => {
    const out = new Set<string>();
    for (const e of graph.edges) if (e.stance !== 'conflictual') out.add(e.id);
    return out;
  }, 7);
  record('filter change', label(edges), ms, baseline, 'plain loop over edges');
}

export function benchSearch(nodes: number): void {
  console.log('\nsearch keystroke (searchVisible on a prebuilt index, as the search box calls it)');
  const graph = generateGraph({ edges: nodes, edgesPerNode: 1, seed: 3 });
  const index = buildGraphIndex(graph);
  const searchIndex = buildSearchIndex(index);
  const labels = graph.nodes.map((n) => n.label);
  const queries = ['r', 'ro', 'ros', 'rosa', 'rosal'];
  const perKeystroke = (visible: ReturnType<typeof computeVisible>) =>
    timeMs(() => queries.forEach((q) => searchVisible(searchIndex, q, visible)), 5) / queries.length;
  const baseline = timeMs(() => queries.forEach((q) => labels.filter((l) => l.toLowerCase().includes(q))), 5) / queries.length;
  const size = `${nodes / 1000}k nodes`;
  record('search keystroke', size, perKeystroke(computeVisible(index, DEFAULT_FILTERS)), baseline, 'Array.filter + includes on labels');
  const filtered = computeVisible(index, { ...DEFAULT_FILTERS, hiddenStances: ['conflictual'] });
  record('search keystroke (a filter on)', size, perKeystroke(filtered), baseline, 'Array.filter + includes on labels');
  // A hit is made the first time a query finds its entry: the first keystrokes on a new index pay for that.
  const firstTimes: number[] = [];
  for (let run = 0; run < 3; run++) {
    const fresh = buildSearchIndex(index);
    const all = computeVisible(index, DEFAULT_FILTERS);
    const t0 = performance.now();
    queries.forEach((q) => searchVisible(fresh, q, all));
    firstTimes.push((performance.now() - t0) / queries.length);
  }
  record('search keystroke, first on a new index', size, median(firstTimes), baseline, 'Array.filter + includes on labels');
  record('search index build (per graph)', size, timeMs(() => buildSearchIndex(index), 3), null, 'once per opened graph');
}

/**
 * Betweenness at `betweennessEdges` and at `edges`, PageRank and Louvain at `edges`, each vs
 * NetworkX on the same graph. Exact betweenness at 50k edges takes minutes in NetworkX: one run.
 */
export function benchMetrics(edges: number, betweennessEdges: number): void {
  console.log('\nmetrics (graphology, as computeMetrics calls it) vs NetworkX');
  const run = (e: number, algos: readonly string[], runs: number) => {
    const graph = generateGraph({ edges: e, seed: 4 });
    const index = buildGraphIndex(graph);
    const visible = computeVisible(index, DEFAULT_FILTERS);
    const { graph: g, ids } = metricsGraph(index, visible, false);
    const pos = new Map(ids.map((id, i) => [id, i]));
    const file = path.join(TMP, `pairs-${e}.json`);
    writeFileSync(file, JSON.stringify({ nodes: ids.length, edges: graph.edges.map((x) => [pos.get(x.source), pos.get(x.target)]) }));
    const nx = python<Record<string, number>>(['metrics', file, String(runs), algos.join(',')]);
    const size = `${ids.length / 1000}k nodes / ${label(e)}`;
    const js: Record<string, () => unknown> = {
      betweenness: () => betweennessCentrality(g, { getEdgeWeight: null }),
      pagerank: () => pagerank(g, { getEdgeWeight: null, alpha: 0.85 }),
      louvain: () => louvain.detailed(g, { getEdgeWeight: null, rng: seededRandom(1) }),
    };
    for (const a of algos) record(`metrics ${a}`, size, timeMs(js[a]!, runs, false), nx[a]!, `NetworkX ${a}`);
  };
  run(betweennessEdges, ['betweenness'], 3);
  run(edges, ['betweenness'], 1);
  run(edges, ['pagerank', 'louvain'], 3);
}

/**
 * ForceAtlas2 as the layout worker runs it (graphology, Gephi's inferred settings with gravity 1 and
 * scaling 10), against NetworkX's forceatlas2_layout with the same settings, iterations and start
 * (the app's spiral). Kept to 2k actors: NetworkX's version is exact (every pair of actors, in numpy
 * arrays of n² entries), and so is graphology's up to 2,000 actors (Barnes–Hut above).
 */
export function benchLayout(edges: number, iterations: number): void {
  console.log(`\nlayout: ForceAtlas2, ${iterations} iterations (graphology, as the layout worker runs it) vs NetworkX`);
  const graph = generateGraph({ edges, seed: 5 });
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const pairs = new Uint32Array(graph.edges.flatMap((e) => [index.get(e.source)!, index.get(e.target)!]));
  const start = spiralPositions(graph.nodes.length);
  const file = path.join(TMP, `layout-${edges}.json`);
  writeFileSync(file, JSON.stringify({ nodes: graph.nodes.length, edges: [...pairs], start: [...start] }));
  const ms = timeMs(() => new ForceLayoutRun({ nodeCount: graph.nodes.length, edges: pairs, positions: start }, iterations).step(iterations), 3, false);
  const nx = python<{ ms: number }>(['layout', file, '3', String(iterations)]).ms;
  record(`layout ForceAtlas2 (${iterations} iterations)`, `${graph.nodes.length / 1000}k nodes / ${label(edges)}`, ms, nx, 'NetworkX forceatlas2_layout');
}
