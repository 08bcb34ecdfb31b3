import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGraphText } from '../../io/nativeFormat';
import type { GraphFile } from '../../model/schema';
import { ACTOR_TYPES } from '../../model/vocabulary';
import { flattenEdge, flattenGraphMeta, flattenNode } from '../flatAttributes';
import { graphmlFormat } from './index';

// NetworkX is the third-party reader and writer these tests hold the format to (DESIGN.md).
const probe = spawnSync('python3', ['-c', 'import networkx; print(networkx.__version__)'], { encoding: 'utf8' });
const networkx = probe.status === 0 ? probe.stdout.trim() : null;
if (networkx === null) {
  console.log(`NetworkX GraphML tests skipped: python3 -c "import networkx" failed: ${(probe.error?.message ?? probe.stderr).trim()}`);
}

const dir = mkdtempSync(join(tmpdir(), 'kg-graphml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function python(script: string, ...args: string[]): unknown {
  const run = spawnSync('python3', ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as unknown;
}

const READ_GRAPHML = `
import json, sys, warnings
import networkx as nx
with warnings.catch_warnings():
    warnings.simplefilter('error')  # any NetworkX warning about the file fails the test
    G = nx.read_graphml(sys.argv[1])
if G.is_multigraph():
    edges = [[u, v, str(k), d] for u, v, k, d in G.edges(keys=True, data=True)]
else:
    edges = [[u, v, d.get('id'), {a: b for a, b in d.items() if a != 'id'}] for u, v, d in G.edges(data=True)]
graph = {k: v for k, v in G.graph.items() if k not in ('node_default', 'edge_default')}
print(json.dumps({'directed': G.is_directed(), 'graph': graph, 'nodes': [[n, d] for n, d in G.nodes(data=True)], 'edges': edges}))
`;

interface NetworkxView {
  directed: boolean;
  graph: Record<string, unknown>;
  nodes: [string, Record<string, unknown>][];
  edges: [string, string, string, Record<string, unknown>][];
}

function bundledWithPositions(): GraphFile {
  const parsed = parseGraphText(readFileSync(join(__dirname, '../../../data/belarus-china.kg.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  // Exports carry the layout's positions; these exercise the yFiles geometry as well as x and y.
  return { ...parsed.value, nodes: parsed.value.nodes.map((n, i) => ({ ...n, position: { x: i * 37.5 - 100.25, y: (i % 5) * 12.125 - 20 } })) };
}

const WRITE_NETWORKX_GRAPHS = `
import json, sys
import networkx as nx
M = nx.MultiDiGraph(name='proto multigraph')
M.add_node('__proto__', **{'__proto__': 'node proto', 'constructor': 'ctor', 'label': 'Proto', 'type': 'person', 'score': 1.5, 'flag': True})
M.add_node('constructor', **{'toString': 'x', 'type': 'spaceship'})
M.add_edge('__proto__', 'constructor', **{'__proto__': 'edge proto', 'weight': 2.5, 'type': 'Strategic Partnership'})
M.add_edge('__proto__', 'constructor', **{'weight': 1.0, 'stance': 'conflictual'})
M.add_edge('constructor', '__proto__', **{'hasOwnProperty': False})
graphs = {'karate': nx.karate_club_graph(), 'lesmis': nx.les_miserables_graph(), 'florentine': nx.florentine_families_graph(), 'multi': M}
out = {}
for name, G in graphs.items():
    nx.write_graphml(G, f'{sys.argv[1]}/{name}.graphml')
    out[name] = {'directed': G.is_directed(), 'name': G.graph.get('name'),
                 'nodes': [[str(n), d] for n, d in G.nodes(data=True)],
                 'edges': [[str(u), str(v), d] for u, v, d in G.edges(data=True)]}
print(json.dumps(out))
`;

type Written = Record<
  string,
  { directed: boolean; name: string | null; nodes: [string, Record<string, unknown>][]; edges: [string, string, Record<string, unknown>][] }
>;

let written: Written | null = null;
/** Karate club, Les Misérables, Florentine families and a multigraph with __proto__ attributes, written by NetworkX once. */
function networkxFiles(): Written {
  written ??= python(WRITE_NETWORKX_GRAPHS, dir) as Written;
  return written;
}

const readWritten = (name: string) => graphmlFormat.read(readFileSync(join(dir, `${name}.graphml`), 'utf8'), `${name}.graphml`);

// Each test starts Python (about a second, more on a busy machine).
describe.skipIf(networkx === null)(`GraphML and NetworkX ${networkx ?? ''}`, { timeout: 60_000 }, () => {
  it('NetworkX reads our GraphML of the bundled graph with every attribute intact', () => {
    const graph = bundledWithPositions();
    const path = join(dir, 'bundled.graphml');
    writeFileSync(path, graphmlFormat.write(graph, {})[0]!.text);
    const view = python(READ_GRAPHML, path) as NetworkxView;

    expect(view.nodes).toHaveLength(21);
    expect(view.edges).toHaveLength(49);
    expect(view.directed).toBe(true);
    expect(view.graph).toEqual(Object.fromEntries(flattenGraphMeta(graph)));
    // Every node and relation has exactly the flat attributes, with their types (no yFiles extras).
    expect(view.nodes).toEqual(graph.nodes.map((n) => [n.id, Object.fromEntries(flattenNode(n))]));
    const byId = new Map(view.edges.map(([source, target, id, data]) => [id, { source, target, data }]));
    for (const edge of graph.edges) {
      expect(byId.get(edge.id)).toEqual({ source: edge.source, target: edge.target, data: Object.fromEntries(flattenEdge(edge)) });
    }

    const belarus = Object.fromEntries(view.nodes)['belarus']!;
    expect(JSON.parse(belarus['aliases'] as string)).toEqual(['Minsk', 'Belarusian']);
    expect(belarus['qid']).toBe('Q184');
    expect(belarus['type']).toBe('state');
    const partnership = byId.get('e-china-strategic_partnership-belarus')!.data;
    expect(partnership['cameo']).toBe('057');
    expect(partnership['goldstein']).toBe(8);
    expect(partnership['time_start']).toBe('2022-09');
    expect(partnership['time_precision']).toBe('month');
    expect(partnership['directed']).toBe(false);
    expect(partnership['qualifier']).toBe('all-weather');
    expect(JSON.parse(partnership['evidence'] as string)).toEqual([
      {
        sourceId: 'belarus-china-2023-02-25',
        quote: 'Xi and Lukashenko announced an “all-weather” strategic partnership',
        start: 1088,
        end: 1154,
      },
    ]);
  });

  it('files written by NetworkX open with the same counts and attributes', () => {
    const files = networkxFiles();
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const counts: Record<string, [number, number]> = {};
    for (const [name, expected] of Object.entries(files)) {
      const { graph, report } = readWritten(name);
      expect(report.filter((item) => item.level !== 'info'), name).toEqual([]);
      expect(graph, name).not.toBeNull();
      counts[name] = [graph!.nodes.length, graph!.edges.length];
      expect(graph!.meta.title).toBe(expected.name ?? name);

      expect(graph!.nodes.map((n) => n.id)).toEqual(expected.nodes.map(([id]) => id));
      graph!.nodes.forEach((node, i) => {
        const { label, type, ...rest } = expected.nodes[i]![1];
        const known = typeof type === 'string' && (ACTOR_TYPES as readonly string[]).includes(type);
        expect(node.label).toBe(label ?? node.id);
        expect(node.type).toBe(known ? type : 'other');
        expect({ ...node.attributes }).toEqual(type === undefined || known ? rest : { ...rest, original_type: type });
      });
      graph!.edges.forEach((edge, i) => {
        const [source, target, { type: _type, stance: _stance, ...rest }] = expected.edges[i]!;
        expect([edge.source, edge.target, edge.directed]).toEqual([source, target, expected.directed]);
        expect({ ...edge.attributes }).toEqual(rest);
      });
    }
    expect(counts).toEqual({ karate: [34, 78], lesmis: [77, 254], florentine: [15, 20], multi: [2, 3] });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  });

  it('reports what it normalised in a NetworkX file (labels, types, multigraph keys as ids)', () => {
    networkxFiles();
    const karate = readWritten('karate').report.map((r) => r.message);
    expect(karate).toContain('Nodes without a label, labelled with their id (34): 0, 1, 2, 3, 4, and 29 more');
    expect(karate).toContain('Nodes without a type, set to "other" (34): 0, 1, 2, 3, 4, and 29 more');
    const multi = readWritten('multi');
    expect(multi.report.map((r) => r.message)).toContain(
      'Relations with repeated ids (NetworkX writes the keys of a multigraph as ids) given new unique ids (1): 0',
    );
    expect(multi.graph!.edges.map((e) => [e.id, e.type, e.stance, e.cameo])).toEqual([
      ['0', 'strategic_partnership', 'cooperative', '057'],
      ['1', 'related_to', 'conflictual', null],
      ['0~2', 'related_to', 'neutral', null],
    ]);
    expect(multi.graph!.nodes[1]!.attributes['original_type']).toBe('spaceship');
  });
});
