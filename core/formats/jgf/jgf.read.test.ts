import { describe, expect, it } from 'vitest';
import { GraphFileSchema } from '../../model/schema';
import { jgfFormat } from './index';

// The "complete single graph" example of the JGF v2 specification (jsongraphformat.info).
const SPEC_EXAMPLE = {
  graph: {
    directed: false,
    type: 'graph type',
    label: 'graph label',
    metadata: { 'user-defined': 'values' },
    nodes: {
      '0': { type: 'node type', label: 'node label(0)', metadata: { 'user-defined': 'values' } },
      '1': { type: 'node type', label: 'node label(1)', metadata: { 'user-defined': 'values' } },
    },
    edges: [{ source: '0', relation: 'edge relationship', target: '1', directed: false, label: 'edge label', metadata: { 'user-defined': 'values' } }],
  },
};

describe('JGF reader', () => {
  it('opens the specification’s complete single graph', () => {
    const { graph, report } = jgfFormat.read(JSON.stringify(SPEC_EXAMPLE, null, 2), 'spec.jgf.json');
    expect(graph?.meta).toEqual({ title: 'graph label', description: null });
    expect(graph?.nodes.map((n) => [n.id, n.label, n.type, { ...n.attributes }])).toEqual([
      ['0', 'node label(0)', 'other', { 'user-defined': 'values', original_type: 'node type' }],
      ['1', 'node label(1)', 'other', { 'user-defined': 'values', original_type: 'node type' }],
    ]);
    expect(graph?.edges).toHaveLength(1);
    expect(graph?.edges[0]).toMatchObject({ id: 'e1', source: '0', target: '1', type: 'edge_relationship', directed: false, stance: 'neutral' });
    expect({ ...graph!.edges[0]!.attributes }).toEqual({ 'user-defined': 'values', label: 'edge label' });
    expect(report.filter((r) => r.level !== 'info')).toEqual([]);
  });

  it('opens the first graph of a "graphs" list and warns about the others', () => {
    const second = { ...SPEC_EXAMPLE.graph, label: 'second' };
    const { graph, report } = jgfFormat.read(JSON.stringify({ graphs: [SPEC_EXAMPLE.graph, second] }), 'multi.json');
    expect(graph?.meta.title).toBe('graph label');
    expect(graph?.nodes).toHaveLength(2);
    expect(report.filter((r) => r.level === 'warning').map((r) => r.message)).toEqual(['The file holds 2 graphs; only the first "graph label" is opened.']);
  });

  it('opens JGF version 1: nodes as a list with ids (info), edges directed by the graph', () => {
    const v1 = {
      graph: {
        type: 'movie characters',
        label: 'Usual Suspects',
        nodes: [
          { id: 'Roger Kint', label: 'Roger Kint', metadata: { nickname: 'Verbal', actor: 'Kevin Spacey' } },
          { id: 'Keyser Söze', label: 'Keyser Söze', metadata: { actor: 'Kevin Spacey' } },
        ],
        edges: [{ source: 'Roger Kint', target: 'Keyser Söze', relation: 'is' }],
        metadata: { 'release year': '1995' },
      },
    };
    const { graph, report } = jgfFormat.read(JSON.stringify(v1), 'usual_suspects.json');
    expect(graph?.nodes.map((n) => [n.id, { ...n.attributes }])).toEqual([
      ['Roger Kint', { nickname: 'Verbal', actor: 'Kevin Spacey' }],
      ['Keyser Söze', { actor: 'Kevin Spacey' }],
    ]);
    expect(graph?.edges.map((e) => [e.source, e.target, e.type, e.directed])).toEqual([['Roger Kint', 'Keyser Söze', 'is', true]]);
    expect(report.find((r) => r.level === 'info' && /JGF version 1/.test(r.message))).toBeDefined();
    expect(report.filter((r) => r.level === 'warning')).toEqual([]);
  });

  it('opens the specification’s empty and nodes-only graphs', () => {
    expect(jgfFormat.read('{ "graph": {} }', 'empty.json').graph?.nodes).toEqual([]);
    const { graph } = jgfFormat.read('{ "graph": { "nodes": { "A": {}, "B": {} }, "edges": [{ "source": "A", "target": "B" }] } }', 'ab.json');
    expect(graph?.nodes.map((n) => n.label)).toEqual(['A', 'B']);
    expect(graph?.edges.map((e) => [e.id, e.type])).toEqual([['e1', 'related_to']]);
  });

  it('refuses what is not JGF', () => {
    expect(jgfFormat.read('{ "nodes": {} }', 'x.json').report[0]?.message).toMatch(/expected a "graph" object/);
    expect(jgfFormat.read('{ "graphs": [] }', 'x.json').report[0]?.message).toMatch(/holds no graph/);
    expect(jgfFormat.read('{ "graph": ', 'x.json').report[0]?.message).toMatch(/^Not valid JSON at line 1/);
  });

  it('drops edges to missing nodes with a warning', () => {
    const { graph, report } = jgfFormat.read('{ "graph": { "nodes": { "A": {} }, "edges": [{ "source": "A", "target": "Z" }] } }', 'x.json');
    expect(graph?.edges).toEqual([]);
    expect(report.filter((r) => r.level === 'warning').map((r) => r.message)).toEqual(['edges[0].target: no node has id "Z" — left out']);
  });
});

describe('JGF writer', () => {
  const graph = GraphFileSchema.parse({
    format: 'kg-explorer-graph',
    version: 2,
    meta: { title: 'Prototype ties', description: null },
    nodes: [
      { id: '__proto__', label: 'Proto', type: 'state', attributes: { ['__proto__']: 'kept', gone: null } },
      { id: 'constructor', label: 'C', type: 'person', position: { x: 1, y: -1 } },
      { id: '10', label: 'Ten', type: 'place', time: { start: '2022-09', precision: 'month', text: 'September' } },
      { id: '2', label: 'Two', type: 'event' },
    ],
    edges: [{ id: 'e', source: '__proto__', target: '2', type: 'ally', directed: false, stance: 'cooperative', confidence: 0.5 }],
  });

  it('keeps a node called __proto__ as a key of the nodes object, and the node order', () => {
    const [file] = jgfFormat.write(graph, {});
    expect(file!.text).toContain('"__proto__": {');
    const doc = JSON.parse(file!.text) as { graph: { nodes: Record<string, unknown>; metadata: Record<string, unknown> } };
    expect(Object.keys(doc.graph.nodes)).toEqual(['2', '10', '__proto__', 'constructor']);
    expect(doc.graph.metadata['node_order']).toEqual(['__proto__', 'constructor', '10', '2']);
    const back = jgfFormat.read(file!.text, 'x.jgf.json');
    expect(back).toEqual({ graph, report: [] });
    expect(Object.getOwnPropertyDescriptor(back.graph!.nodes[0]!.attributes, '__proto__')?.value).toBe('kept');
    expect(({} as Record<string, unknown>)['label']).toBeUndefined();
  });

  it('writes only what the JGF v2 schema allows on graph, node and edge objects', () => {
    const [file] = jgfFormat.write(graph, {});
    const doc = JSON.parse(file!.text) as { graph: Record<string, unknown> };
    expect(Object.keys(doc)).toEqual(['graph']);
    const g = doc.graph;
    expect(Object.keys(g).every((k) => ['id', 'label', 'directed', 'type', 'metadata', 'nodes', 'edges'].includes(k))).toBe(true);
    expect(g).toMatchObject({ id: 'prototype-ties', label: 'Prototype ties', type: 'kg-explorer', directed: true });
    for (const node of Object.values(g['nodes'] as Record<string, Record<string, unknown>>)) {
      expect(Object.keys(node).every((k) => k === 'label' || k === 'metadata')).toBe(true);
      expect(typeof node['label']).toBe('string');
    }
    for (const edge of g['edges'] as Record<string, unknown>[]) {
      expect(Object.keys(edge).every((k) => ['id', 'source', 'target', 'relation', 'directed', 'label', 'metadata'].includes(k))).toBe(true);
      expect(edge).toMatchObject({ source: '__proto__', target: '2', relation: 'ally', directed: false, label: 'Is an ally of' });
    }
    expect(file!.mime).toBe('application/vnd.jgf+json');
  });
});
