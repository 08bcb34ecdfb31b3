import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGraphText } from '../../io/nativeFormat';
import type { GraphFile } from '../../model/schema';
import { ACTOR_TYPES, relationTypeInfo } from '../../model/vocabulary';
import { flattenEdge, flattenNode } from '../flatAttributes';
import { ACTOR_COLORS, rgb } from '../xml/actorColors';
import { gexfFormat } from './index';
import { spellOf } from './spells';

// NetworkX is the third-party reader and writer these tests hold the format to (DESIGN.md).
const probe = spawnSync('python3', ['-c', 'import networkx; print(networkx.__version__)'], { encoding: 'utf8' });
const networkx = probe.status === 0 ? probe.stdout.trim() : null;
if (networkx === null) {
  console.log(`NetworkX GEXF tests skipped: python3 -c "import networkx" failed: ${(probe.error?.message ?? probe.stderr).trim()}`);
}

const dir = mkdtempSync(join(tmpdir(), 'kg-gexf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function python(script: string, ...args: string[]): unknown {
  const run = spawnSync('python3', ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as unknown;
}

const READ_GEXF = `
import json, sys, warnings
import networkx as nx
with warnings.catch_warnings():
    warnings.simplefilter('error')  # any NetworkX warning about the file fails the test
    G = nx.read_gexf(sys.argv[1])
edges = [[u, v, str(k), d] for u, v, k, d in G.edges(keys=True, data=True)] if G.is_multigraph() else [[u, v, d.get('id'), d] for u, v, d in G.edges(data=True)]
print(json.dumps({'directed': G.is_directed(), 'multigraph': G.is_multigraph(), 'graph': G.graph, 'nodes': [[n, d] for n, d in G.nodes(data=True)], 'edges': edges}))
`;

interface NetworkxView {
  directed: boolean;
  multigraph: boolean;
  graph: Record<string, unknown>;
  nodes: [string, Record<string, unknown>][];
  edges: [string, string, string, Record<string, unknown>][];
}

function bundledWithPositions(): GraphFile {
  const parsed = parseGraphText(readFileSync(join(__dirname, '../../../data/belarus-china.kg.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  return { ...parsed.value, nodes: parsed.value.nodes.map((n, i) => ({ ...n, position: { x: i * 37.5 - 100.25, y: (i % 5) * 12.125 - 20 } })) };
}

const WRITE_NETWORKX_GRAPHS = `
import json, sys
import networkx as nx
M = nx.MultiDiGraph(name='proto multigraph')
M.add_node('__proto__', **{'__proto__': 'node proto', 'constructor': 'ctor', 'label': 'Proto', 'type': 'person', 'score': 1.5, 'flag': True})
M.add_node('constructor', **{'toString': 'x', 'type': 'spaceship'})
M.add_edge('__proto__', 'constructor', **{'__proto__': 'edge proto', 'weight': 2.5, 'label': 'Strategic Partnership'})
M.add_edge('__proto__', 'constructor', **{'weight': 1.0, 'stance': 'conflictual'})
M.add_edge('constructor', '__proto__', **{'hasOwnProperty': False})
graphs = {'karate': nx.karate_club_graph(), 'lesmis': nx.les_miserables_graph(), 'florentine': nx.florentine_families_graph(), 'multi': M}
out = {}
for name, G in graphs.items():
    nx.write_gexf(G, f'{sys.argv[1]}/{name}.gexf')
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else [(u, v, None, d) for u, v, d in G.edges(data=True)]
    out[name] = {'directed': G.is_directed(), 'name': G.graph.get('name'),
                 'nodes': [[str(n), d] for n, d in G.nodes(data=True)],
                 'edges': [[str(u), str(v), k, d] for u, v, k, d in edges]}
print(json.dumps(out))
`;

type Written = Record<
  string,
  { directed: boolean; name: string | null; nodes: [string, Record<string, unknown>][]; edges: [string, string, number | null, Record<string, unknown>][] }
>;

let written: Written | null = null;
/** Karate club, Les Misérables, Florentine families and a multigraph with __proto__ attributes, written by NetworkX once. */
function networkxFiles(): Written {
  written ??= python(WRITE_NETWORKX_GRAPHS, dir) as Written;
  return written;
}

const readWritten = (name: string) => gexfFormat.read(readFileSync(join(dir, `${name}.gexf`), 'utf8'), `${name}.gexf`);

// Each test starts Python (about a second, more on a busy machine).
describe.skipIf(networkx === null)(`GEXF and NetworkX ${networkx ?? ''}`, { timeout: 60_000 }, () => {
  it('NetworkX reads our GEXF of the bundled graph with every attribute intact', () => {
    const graph = bundledWithPositions();
    const path = join(dir, 'bundled.gexf');
    writeFileSync(path, gexfFormat.write(graph, {})[0]!.text);
    const view = python(READ_GEXF, path) as NetworkxView;

    expect(view.nodes).toHaveLength(21);
    // NetworkX reads each of the 4 mutual relations as two directed edges (GEXF "mutual").
    expect(graph.edges.filter((e) => !e.directed)).toHaveLength(4);
    expect(view.edges).toHaveLength(49 + 4);
    expect([view.directed, view.multigraph]).toEqual([true, true]);
    expect(view.graph).toEqual({ mode: 'dynamic', edge_default: {}, node_default: {} });

    // Nodes: the flat attributes (x and y live in viz:position), the label, viz, and spells for events.
    view.nodes.forEach(([id, data], i) => {
      const node = graph.nodes[i]!;
      expect(id).toBe(node.id);
      const { viz, spells, ...rest } = data as { viz: Record<string, unknown>; spells?: unknown };
      const flat = Object.fromEntries([...flattenNode(node)].filter(([k]) => k !== 'x' && k !== 'y'));
      expect(rest).toEqual(flat);
      const [r, g, b] = rgb(ACTOR_COLORS[node.type]);
      expect(viz['color']).toEqual({ r, g, b, a: 1 });
      expect(viz['position']).toEqual({ x: node.position!.x, y: -node.position!.y, z: 0 });
      expect(typeof viz['size']).toBe('number');
      expect(spells).toEqual(node.type === 'event' && node.time ? [Object.values(spellOf(node.time))] : undefined);
    });

    // Relations: the flat attributes, NetworkX's id, the confidence as weight, the type's label, spells.
    const byId = new Map<string, [string, string, Record<string, unknown>][]>();
    for (const [u, v, key, data] of view.edges) byId.set(key, [...(byId.get(key) ?? []), [u, v, data]]);
    for (const edge of graph.edges) {
      const expected = {
        ...Object.fromEntries(flattenEdge(edge)),
        id: edge.id,
        weight: edge.confidence,
        label: relationTypeInfo(edge.type)?.label ?? edge.type,
        ...(edge.time ? { spells: [Object.values(spellOf(edge.time))] } : {}),
      };
      const ends: [string, string, Record<string, unknown>][] = [[edge.source, edge.target, expected]];
      if (!edge.directed) ends.push([edge.target, edge.source, expected]);
      expect(byId.get(edge.id)).toEqual(ends);
    }

    const belarus = Object.fromEntries(view.nodes)['belarus']!;
    expect(JSON.parse(belarus['aliases'] as string)).toEqual(['Minsk', 'Belarusian']);
    expect(belarus['qid']).toBe('Q184');
    const [[, , partnership]] = byId.get('e-china-strategic_partnership-belarus')!;
    expect(partnership).toMatchObject({ cameo: '057', goldstein: 8, time_start: '2022-09', time_precision: 'month', directed: false });
    expect(partnership['spells']).toEqual([['2022-09-01', '2022-09-30']]);
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
      expect(graph!.meta.title).toBe(expected.name || name);

      expect(graph!.nodes.map((n) => n.id)).toEqual(expected.nodes.map(([id]) => id));
      graph!.nodes.forEach((node, i) => {
        const { label, type, ...rest } = expected.nodes[i]![1];
        const known = typeof type === 'string' && (ACTOR_TYPES as readonly string[]).includes(type);
        expect(node.label).toBe(label ?? node.id);
        expect(node.type).toBe(known ? type : 'other');
        expect({ ...node.attributes }).toEqual(type === undefined || known ? rest : { ...rest, original_type: type });
      });
      graph!.edges.forEach((edge, i) => {
        const [source, target, key, { label: _label, stance: _stance, ...rest }] = expected.edges[i]!;
        expect([edge.source, edge.target, edge.directed]).toEqual([source, target, expected.directed]);
        // NetworkX keeps a multigraph's edge keys in a "networkx_key" attribute.
        expect({ ...edge.attributes }).toEqual(key === null ? rest : { ...rest, networkx_key: key });
      });
    }
    expect(counts).toEqual({ karate: [34, 78], lesmis: [77, 254], florentine: [15, 20], multi: [2, 3] });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  });

  it('reads relation types from NetworkX edge labels and notes what it set', () => {
    networkxFiles();
    const multi = readWritten('multi');
    expect(multi.graph!.edges.map((e) => [e.id, e.type, e.stance, e.cameo, e.confidence])).toEqual([
      ['0', 'strategic_partnership', 'cooperative', '057', 1],
      ['1', 'related_to', 'conflictual', null, 1],
      ['2', 'related_to', 'neutral', null, 1],
    ]);
    const karate = readWritten('karate').report.map((r) => r.message);
    expect(karate).toContain('Nodes without a type, set to "other" (34): 0, 1, 2, 3, 4, and 29 more');
    expect(karate).toContain('Relations without a confidence, set to 1 (78): 0, 1, 2, 3, 4, and 73 more');
  });
});
