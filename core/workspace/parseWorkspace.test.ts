import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../filter/filters';
import { parseGraphText } from '../io/nativeFormat';
import type { GraphFile } from '../model/schema';
import { fixtureGraph } from '../testing/fixtureGraph';
import { parseWorkspaceText, serializeWorkspace } from './parseWorkspace';
import { isWorkspaceFileName, looksLikeWorkspace, workspaceFromGraph, type Workspace } from './workspace';

function graph(): GraphFile {
  const parsed = parseGraphText(JSON.stringify(fixtureGraph()));
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  return parsed.value;
}

/** A workspace with every field away from its default. */
function session(): Workspace {
  return {
    ...workspaceFromGraph(graph(), 'fixture.kg.json'),
    positions: [
      { id: 'a', x: 10, y: -20.5 },
      { id: 'b', x: 0, y: 0 },
    ],
    layout: 'concentric',
    filters: { ...DEFAULT_FILTERS, hiddenStances: ['conflictual'], timeFrom: '2020-01-01', minConfidence: 0.5, hideOrphans: true },
    selection: { kind: 'edge', id: 'ab' },
    focusDepth: 2,
    focusSeeds: ['a', 'b'],
    viewport: { zoom: 1.25, pan: { x: 100, y: -40 } },
  };
}

/** The file as a plain object, to break it in one place. */
const fileOf = (ws: Workspace) => JSON.parse(serializeWorkspace(ws)) as Record<string, unknown>;

function problems(text: string): string[] {
  const result = parseWorkspaceText(text);
  if (result.ok) throw new Error('expected the workspace to be refused');
  return result.error;
}

describe('workspace file', () => {
  it('round-trips every field', () => {
    const ws = session();
    const back = parseWorkspaceText(serializeWorkspace(ws));
    expect(back).toEqual({ ok: true, value: ws });
  });

  it('round-trips the bundled graph with defaults', () => {
    const bundled = parseGraphText(readFileSync('data/belarus-china.kg.json', 'utf8'));
    if (!bundled.ok) throw new Error(bundled.error.join('\n'));
    const ws = workspaceFromGraph(bundled.value, 'belarus-china.kg.json');
    expect(ws).toMatchObject({ layout: 'fcose', selection: null, focusDepth: 0, focusSeeds: [], viewport: null, filters: DEFAULT_FILTERS });
    expect(parseWorkspaceText(serializeWorkspace(ws))).toEqual({ ok: true, value: ws });
  });

  it('writes the format tag first and only the fields it knows', () => {
    const text = serializeWorkspace({ ...session(), extra: 'runtime only' } as Workspace);
    expect(text.startsWith('{\n  "format": "kg-explorer-workspace",\n  "version": 1,\n')).toBe(true);
    expect(text).not.toContain('runtime only');
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format', 'version', 'fileName', 'layout', 'viewport', 'selection', 'focusDepth', 'focusSeeds', 'filters', 'positions', 'graph',
    ]);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is recognised by name and by content', () => {
    expect(isWorkspaceFileName('Session.KGW.json')).toBe(true);
    expect(isWorkspaceFileName('graph.kg.json')).toBe(false);
    expect(looksLikeWorkspace(serializeWorkspace(session()).slice(0, 200))).toBe(true);
    expect(looksLikeWorkspace(JSON.stringify(fixtureGraph()))).toBe(false);
    // The tag quoted inside a string (an article) is escaped, so it cannot match.
    expect(looksLikeWorkspace(JSON.stringify({ text: '"format": "kg-explorer-workspace"' }))).toBe(false);
  });

  it('accepts a byte-order mark and a graph of an older version inside', () => {
    const file = fileOf(session());
    const v1Graph = {
      format: 'kg-explorer-graph',
      version: 1,
      meta: { title: 'Old' },
      source: { title: 'Old article', text: 'Alpha met Beta.' },
      nodes: [
        { id: 'a', label: 'Alpha', type: 'state' },
        { id: 'b', label: 'Beta', type: 'person' },
      ],
      edges: [{ id: 'ab', source: 'a', target: 'b', type: 'meet', stance: 'cooperative', confidence: 1, evidence: { quote: 'Alpha met Beta', start: 0, end: 14 } }],
    };
    const result = parseWorkspaceText(`\uFEFF${JSON.stringify({ ...file, graph: v1Graph })}`);
    if (!result.ok) throw new Error(result.error.join('\n'));
    expect(result.value.graph.version).toBe(2);
    expect(result.value.graph.sources[0]?.id).toBe('source-1');
  });

  it('names line and column of a JSON syntax error', () => {
    expect(problems('{\n  "format": "kg-explorer-workspace",\n  "version": 1,\n}')).toEqual([
      expect.stringMatching(/^Not valid JSON at line 4, column 1: /),
    ]);
    expect(problems(' \n')).toEqual(['The file is empty: expected a JSON workspace.']);
  });

  it('refuses a newer version with a message to update', () => {
    expect(problems(JSON.stringify({ ...fileOf(session()), version: 2 }))).toEqual([
      'The workspace is version 2, newer than this app reads (1). Update the app to open it.',
    ]);
  });

  it('refuses other files with a clear reason', () => {
    expect(problems('[]')).toEqual(['The file is not a workspace: expected a JSON object at the top level.']);
    expect(problems(JSON.stringify(fixtureGraph()))).toEqual(['The file is a graph, not a workspace: open it as a graph.']);
    expect(problems('{"format":"other"}')[0]).toMatch(/"format" must be "kg-explorer-workspace"/);
    expect(problems(JSON.stringify({ ...fileOf(session()), version: 0 }))).toEqual([
      'Workspace version 0 is not supported: there is no migration from it to version 1.',
    ]);
    expect(problems(JSON.stringify({ ...fileOf(session()), version: 1.5 }))).toEqual(['"version" must be a whole number.']);
  });

  it('refuses unknown fields, at the top and inside', () => {
    const file = fileOf(session());
    expect(problems(JSON.stringify({ ...file, zoom: 2 }))).toEqual(['unknown field "zoom"']);
    expect(problems(JSON.stringify({ ...file, filters: { ...(file['filters'] as object), hiddenColours: [] } }))).toEqual([
      'filters: unknown field "hiddenColours"',
    ]);
  });

  it('names every field that is wrong', () => {
    const file = fileOf(session());
    const found = problems(
      JSON.stringify({ ...file, layout: 'spiral', viewport: { zoom: 0, pan: { x: 1 } }, focusDepth: 4, filters: { ...DEFAULT_FILTERS, timeFrom: '2020-13-01' } }),
    );
    expect(found).toHaveLength(5);
    expect(found[0]).toMatch(/^layout: /);
    expect(found.some((p) => p.startsWith('viewport.zoom: '))).toBe(true);
    expect(found.some((p) => p.startsWith('viewport.pan.y: '))).toBe(true);
    expect(found.some((p) => p.startsWith('focusDepth: '))).toBe(true);
    expect(found).toContain('filters.timeFrom: must be a day like 2023-02-28');
  });

  it('requires every field of version 1', () => {
    const { viewport: _viewport, ...rest } = fileOf(session());
    expect(problems(JSON.stringify(rest))).toEqual([expect.stringMatching(/^viewport: /)]);
  });

  it('holds the graph to the strict standard: a warning refuses the workspace', () => {
    const file = fileOf(session());
    const g = file['graph'] as { edges: { target: string }[] };
    g.edges[3]!.target = 'nowhere';
    expect(problems(JSON.stringify(file))).toEqual(['graph: edges[3].target: no node has id "nowhere" — left out']);
    expect(problems(JSON.stringify({ ...file, graph: { format: 'kg-explorer-graph', version: 3 } }))).toEqual([
      'graph: The file is format version 3, newer than this app reads (2). Update the app to open it.',
    ]);
  });

  it('checks that selection, focus and positions name elements of the graph', () => {
    const ws = session();
    const broken: Workspace = {
      ...ws,
      selection: { kind: 'node', id: 'ab' },
      focusSeeds: ['a', 'zz'],
      positions: [...ws.positions, { id: 'a', x: 1, y: 1 }, { id: 'ghost', x: 0, y: 0 }],
    };
    expect(problems(serializeWorkspace(broken))).toEqual([
      'selection.id: the graph has no node "ab"',
      'focusSeeds[1]: the graph has no node "zz"',
      'positions[2].id: node "a" is placed twice',
      'positions[3].id: the graph has no node "ghost"',
    ]);
    expect(problems(serializeWorkspace({ ...ws, focusDepth: 0 }))).toEqual(['focusSeeds: must be empty when focusDepth is 0']);
    expect(problems(serializeWorkspace({ ...ws, focusSeeds: [] }))).toEqual(['focusSeeds: focusDepth 2 needs at least one node to focus on']);
  });

  it('keeps ids such as __proto__ as plain data', () => {
    const doc = fixtureGraph();
    doc.nodes[0] = { ...doc.nodes[0]!, id: '__proto__' };
    doc.edges = [];
    const g = parseGraphText(JSON.stringify(doc));
    if (!g.ok) throw new Error(g.error.join('\n'));
    const ws: Workspace = { ...workspaceFromGraph(g.value, null), positions: [{ id: '__proto__', x: 1, y: 2 }], selection: { kind: 'node', id: '__proto__' } };
    expect(parseWorkspaceText(serializeWorkspace(ws))).toEqual({ ok: true, value: ws });
  });
});
