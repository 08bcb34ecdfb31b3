import { describe, expect, it } from 'vitest';
import { GraphFileSchema } from '../../model/schema';
import { cyjsFormat } from './index';

// Shaped like Cytoscape Desktop 3.10's File → Export → Network to File → Cytoscape JSON.
const DESKTOP = `{
  "format_version" : "1.0",
  "generated_by" : "cytoscape-3.10.2",
  "target_cytoscapejs_version" : "~2.1",
  "data" : {
    "shared_name" : "galFiltered.sif",
    "name" : "galFiltered.sif",
    "SUID" : 52,
    "__Annotations" : [ "" ],
    "selected" : true
  },
  "elements" : {
    "nodes" : [ {
      "data" : { "id" : "104", "shared_name" : "YKR026C", "name" : "YKR026C", "SUID" : 104, "degree_layout" : 2, "gal1RGexp" : -0.211, "selected" : false },
      "position" : { "x" : -76.41, "y" : -34.43 },
      "selected" : false
    }, {
      "data" : { "id" : "102", "shared_name" : "YGL122C", "name" : "YGL122C", "SUID" : 102, "degree_layout" : 1, "gal1RGexp" : 0.5, "selected" : false },
      "position" : { "x" : -1.69, "y" : 83.89 },
      "selected" : false
    }, {
      "data" : { "id" : "100", "shared_name" : "YPL248C", "name" : "YPL248C", "SUID" : 100, "COMMON" : [ "GAL4", "GAL81" ], "selected" : true },
      "position" : { "x" : 20, "y" : 0 },
      "selected" : true
    } ],
    "edges" : [ {
      "data" : { "id" : "106", "source" : "104", "target" : "102", "shared_name" : "YKR026C (pp) YGL122C", "shared_interaction" : "pp", "name" : "YKR026C (pp) YGL122C", "interaction" : "pp", "SUID" : 106, "EdgeBetweenness" : 2.0, "selected" : false },
      "selected" : false
    }, {
      "data" : { "id" : "107", "source" : "100", "target" : "104", "shared_name" : "YPL248C (pd) YKR026C", "shared_interaction" : "pd", "name" : "YPL248C (pd) YKR026C", "interaction" : "pd", "SUID" : 107, "selected" : false },
      "selected" : false
    } ]
  }
}`;

describe('Cytoscape.js JSON reader', () => {
  it('opens a Cytoscape Desktop export: name is the label, interaction the type, SUID and friends ignored', () => {
    const { graph, report } = cyjsFormat.read(DESKTOP, 'galFiltered.cyjs');
    expect(graph?.meta).toEqual({ title: 'galFiltered.sif', description: null });
    expect(graph?.nodes).toHaveLength(3);
    expect(graph?.edges).toHaveLength(2);
    expect(graph?.nodes[0]).toMatchObject({ id: '104', label: 'YKR026C', type: 'other', position: { x: -76.41, y: -34.43 } });
    expect({ ...graph!.nodes[0]!.attributes }).toEqual({ degree_layout: 2, gal1RGexp: -0.211 });
    expect(graph?.nodes[2]?.attributes['COMMON']).toBe('["GAL4","GAL81"]');
    expect(graph?.edges.map((e) => [e.id, e.source, e.target, e.type, e.directed])).toEqual([
      ['106', '104', '102', 'pp', true],
      ['107', '100', '104', 'pd', true],
    ]);
    expect({ ...graph!.edges[0]!.attributes }).toEqual({ EdgeBetweenness: 2 });
    expect(report.filter((r) => r.level !== 'info')).toEqual([]);
  });

  it('opens plain cytoscape.js elements: one array of { group, data }, groups inferred', () => {
    const text = JSON.stringify({
      elements: [
        { group: 'nodes', data: { id: 'a', label: 'Alpha', type: 'state' } },
        { data: { id: 'b' }, position: { x: 1, y: 2 } },
        { data: { id: 'ab', source: 'a', target: 'b', type: 'ally' } },
        { group: 'edges', data: { source: 'b', target: 'a' } },
        'nonsense',
      ],
    });
    const { graph, report } = cyjsFormat.read(text, 'plain.json');
    expect(graph?.meta.title).toBe('plain');
    expect(graph?.nodes.map((n) => [n.id, n.label, n.type, n.position])).toEqual([
      ['a', 'Alpha', 'state', null],
      ['b', 'b', 'other', { x: 1, y: 2 }],
    ]);
    expect(graph?.edges.map((e) => [e.id, e.source, e.target, e.type])).toEqual([
      ['ab', 'a', 'b', 'ally'],
      ['e1', 'b', 'a', 'related_to'],
    ]);
    expect(report.filter((r) => r.level === 'warning').map((r) => r.message)).toEqual(['Elements without a data object, left out (1): elements[4]']);
  });

  it('refuses what is not a Cytoscape.js file, naming line and column of bad JSON', () => {
    expect(cyjsFormat.read('{"nodes": []}', 'x.cyjs').report[0]?.message).toMatch(/expected an object with "elements"/);
    const bad = cyjsFormat.read('{\n  "elements": {"nodes": [1 2]}\n}', 'x.cyjs');
    expect(bad.graph).toBeNull();
    expect(bad.report[0]?.message).toMatch(/^Not valid JSON at line 2, column 28: Expected ',' or ']' after array element/);
    expect(cyjsFormat.read('[]'.padStart(200, '['), 'x.cyjs').report[0]?.message).toMatch(/nests deeper/);
    // Valid JSON, too deep in an element's data: refused as deep too (checked on the parsed value).
    let deep: unknown = 'bottom';
    for (let i = 0; i < 70; i++) deep = { inner: deep };
    const valid = cyjsFormat.read(JSON.stringify({ elements: { nodes: [{ data: { id: 'a', deep } }] } }), 'x.cyjs');
    expect(valid.graph).toBeNull();
    expect(valid.report[0]?.message).toBe('The file nests deeper than 64 levels; a graph file never does.');
  });

  it('drops edges to missing nodes and repeated ids with a warning', () => {
    const text = JSON.stringify({ elements: { nodes: [{ data: { id: 'a' } }, { data: { id: 'a' } }], edges: [{ data: { id: 'x', source: 'a', target: 'zz' } }] } });
    const { graph, report } = cyjsFormat.read(text, 'x.cyjs');
    expect(graph?.nodes).toHaveLength(1);
    expect(graph?.edges).toHaveLength(0);
    expect(report.filter((r) => r.level === 'warning')).toHaveLength(2);
  });
});

describe('Cytoscape.js JSON writer', () => {
  const graph = GraphFileSchema.parse({
    format: 'kg-explorer-graph',
    version: 2,
    meta: { title: 'T', description: 'D' },
    nodes: [
      { id: '__proto__', label: 'Proto', type: 'state', aliases: ['P'], position: { x: 1, y: 2 }, attributes: { name: 'n', parent: 'p', selected: true, gone: null } },
      { id: 'b', label: 'B', type: 'person' },
    ],
    edges: [{ id: 'e', source: '__proto__', target: 'b', type: 'ally', stance: 'cooperative', confidence: 1, attributes: { interaction: 'i' } }],
  });

  it('uses Desktop’s names and keeps its conventions apart from user attributes', () => {
    const [file] = cyjsFormat.write(graph, {});
    const doc = JSON.parse(file!.text) as { data: Record<string, unknown>; elements: { nodes: { data: Record<string, unknown>; position?: unknown }[]; edges: { data: Record<string, unknown> }[] } };
    expect(doc.data).toMatchObject({ name: 'T', kg_title: 'T', kg_description: 'D' });
    const node = doc.elements.nodes[0]!;
    expect(Object.getOwnPropertyDescriptor(node.data, 'id')?.value).toBe('__proto__');
    expect(node.data).toMatchObject({ name: 'Proto', label: 'Proto', type: 'state', aliases: ['P'], 'attr.name': 'n', 'attr.parent': 'p', 'attr.selected': true, gone: null });
    expect(node.data).not.toHaveProperty('parent');
    expect(node.position).toEqual({ x: 1, y: 2 });
    expect(doc.elements.nodes[1]).not.toHaveProperty('position');
    expect(doc.elements.edges[0]!.data).toMatchObject({ id: 'e', source: '__proto__', target: 'b', interaction: 'ally', 'attr.interaction': 'i' });
    expect(doc.elements.edges[0]!.data).not.toHaveProperty('type');
    expect(cyjsFormat.read(file!.text, 'x.cyjs')).toEqual({ graph, report: [] });
  });
});
