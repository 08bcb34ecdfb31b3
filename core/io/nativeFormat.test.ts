import { describe, expect, it } from 'vitest';
import { fixtureGraph, SOURCE_TEXT } from '../testing/fixtureGraph';
import { importNativeText, jsonDepthExceeds, parseGraphText, serializeGraph, valueDepthExceeds } from './nativeFormat';

const text = (doc: unknown) => JSON.stringify(doc, null, 2);

function problems(input: string): string[] {
  const result = parseGraphText(input);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('native format', () => {
  it('parses a valid graph and fills defaults', () => {
    const result = parseGraphText(text(fixtureGraph()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes).toHaveLength(6);
    expect(result.value.edges).toHaveLength(4);
    expect(result.value.nodes[0]?.aliases).toEqual(['Alphaville']);
    expect(result.value.nodes[2]?.aliases).toEqual([]);
    expect(result.value.edges[0]?.directed).toBe(true);
  });

  it('round-trips through serializeGraph', () => {
    const first = parseGraphText(text(fixtureGraph()));
    if (!first.ok) throw new Error(first.error.join('\n'));
    const second = parseGraphText(serializeGraph(first.value));
    expect(second).toEqual(first);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseGraphText(`\uFEFF${text(fixtureGraph())}`).ok).toBe(true);
  });

  it('names line and column of a JSON syntax error', () => {
    expect(problems('{\n  "format": "kg-explorer-graph",\n  "version": 2,\n}')).toEqual([
      expect.stringMatching(/^Not valid JSON at line 4, column 1: /),
    ]);
  });

  it('says an empty file is empty', () => {
    expect(problems('  ')).toEqual(['The file is empty: expected a JSON graph.']);
  });

  it('refuses other formats and future versions with a clear reason', () => {
    expect(problems('[1,2]')).toEqual(['The file is not a graph: expected a JSON object at the top level.']);
    expect(problems('{"nodes":[]}')[0]).toMatch(/"format" must be "kg-explorer-graph"/);
    expect(problems(text({ ...fixtureGraph(), version: 9 }))[0]).toMatch(/version 9, newer than this app reads \(2\)/);
  });

  it('names the field that is wrong', () => {
    const doc = fixtureGraph();
    doc.nodes[1] = { ...doc.nodes[1]!, type: 'planet' as 'state' };
    doc.edges[0] = { ...doc.edges[0]!, confidence: 3 };
    const found = problems(text(doc));
    expect(found).toContain('nodes[1].type: Invalid option: expected one of "person"|"state"|"organisation"|"group"|"document"|"event"|"place"|"other" — left out');
    expect(found.some((p) => p.startsWith('edges[0].confidence:'))).toBe(true);
  });

  it('finds dangling edges, duplicate ids and misplaced quotes', () => {
    const doc = fixtureGraph();
    doc.edges[1] = { ...doc.edges[1]!, target: 'nobody' };
    doc.nodes.push({ id: 'a', label: 'Again', type: 'state' });
    doc.edges[2] = { ...doc.edges[2]!, evidence: [{ sourceId: 's1', quote: 'Gamma borders Delta', start: 0, end: 19 }] };
    doc.edges[3] = { ...doc.edges[3]!, evidence: [{ sourceId: 's1', quote: 'not in the text', start: 0, end: 15 }] };
    expect(problems(text(doc))).toEqual([
      'nodes[6].id: duplicate id "a" — left out',
      'edges[1].target: no node has id "nobody" — left out',
      'edges[3].evidence[0]: the quote is not found in source "s1" at 0–15 — left out',
      'Evidence quotes found elsewhere in their source; offsets corrected (1): cd',
    ]);
  });

  it('imports leniently: bad elements are left out and reported, the rest opens', () => {
    const doc = fixtureGraph();
    doc.edges[1] = { ...doc.edges[1]!, target: 'nobody' };
    doc.nodes.push({ id: 'a', label: 'Again', type: 'state' });
    const { graph, report } = importNativeText(text(doc));
    expect(graph?.nodes.map((n) => n.label)).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta', 'Summit', 'Faraway']);
    expect(graph?.edges.map((e) => e.id)).toEqual(['ab', 'cd', 'ae']);
    expect(report.map((r) => r.level)).toEqual(['warning', 'warning']);
  });

  it('refuses nesting deeper than a graph needs', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(problems(deep)).toEqual(['The file nests deeper than 64 levels; a graph file never does.']);
  });

  it('refuses deep nesting anywhere in an otherwise valid graph, and allows 64 levels', () => {
    const nested = (levels: number) => JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`) as unknown;
    const tooDeep = ['The file nests deeper than 64 levels; a graph file never does.'];
    const inExtraKey = { ...fixtureGraph(), extra: nested(70) };
    expect(problems(text(inExtraKey))).toEqual(tooDeep);
    const inAttribute = fixtureGraph();
    inAttribute.nodes[0] = { ...inAttribute.nodes[0]!, attributes: { deep: nested(70) as string } };
    expect(problems(text(inAttribute))).toEqual(tooDeep);
    // The root object and the extra key's list make 64 levels with 63 nested lists: not refused for depth.
    const atLimit = importNativeText(text({ ...fixtureGraph(), extra: nested(63) }));
    expect(atLimit.graph?.nodes).toHaveLength(6);
  });

  it('checks that a time span matches its precision', () => {
    const doc = fixtureGraph();
    doc.edges[0] = { ...doc.edges[0]!, time: { start: '2020-05-01', precision: 'month' } };
    expect(problems(text(doc))).toEqual(['edges[0].time.start: "2020-05-01" does not match precision "month" — left out']);
  });

  it('migrates a version 1 file (one source, one evidence per edge) forward', () => {
    const v1 = {
      format: 'kg-explorer-graph',
      version: 1,
      meta: { title: 'Old' },
      source: { title: 'Old article', text: SOURCE_TEXT },
      nodes: [
        { id: 'a', label: 'Alpha', type: 'state' },
        { id: 'b', label: 'Beta', type: 'person' },
      ],
      edges: [
        {
          id: 'ab', source: 'a', target: 'b', type: 'meet', stance: 'cooperative', confidence: 1,
          evidence: { quote: 'Alpha met Beta', start: 0, end: 14 },
        },
      ],
    };
    const result = parseGraphText(text(v1));
    if (!result.ok) throw new Error(result.error.join('\n'));
    expect(result.value.version).toBe(2);
    expect(result.value.sources.map((s) => [s.id, s.title])).toEqual([['source-1', 'Old article']]);
    expect(result.value.edges[0]?.evidence).toEqual([{ sourceId: 'source-1', quote: 'Alpha met Beta', start: 0, end: 14 }]);
  });

  it('treats __proto__ and constructor ids as plain data', () => {
    const doc = fixtureGraph();
    doc.nodes[0] = { ...doc.nodes[0]!, id: '__proto__' };
    doc.nodes[1] = { ...doc.nodes[1]!, id: 'constructor' };
    doc.edges[0] = { ...doc.edges[0]!, source: '__proto__', target: 'constructor' };
    doc.edges[1] = { ...doc.edges[1]!, source: 'constructor' };
    doc.edges[3] = { ...doc.edges[3]!, source: '__proto__' };
    const result = parseGraphText(text(doc));
    if (!result.ok) throw new Error(result.error.join('\n'));
    expect(result.value.nodes.map((n) => n.id).slice(0, 2)).toEqual(['__proto__', 'constructor']);
    expect(result.value.edges[0]).toMatchObject({ source: '__proto__', target: 'constructor' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('attributes', () => {
  it('keeps "__proto__" and "constructor" attribute keys as plain data', () => {
    const doc = fixtureGraph();
    const text = JSON.stringify(doc).replace('"label":"Alpha"', '"label":"Alpha","attributes":{"__proto__":"p","constructor":"c","n":1}');
    const result = parseGraphText(text);
    if (!result.ok) throw new Error(result.error.join('\n'));
    const attrs = result.value.nodes[0]!.attributes;
    expect(Object.keys(attrs)).toEqual(['__proto__', 'constructor', 'n']);
    expect(attrs['__proto__']).toBe('p');
    expect(JSON.parse(serializeGraph(result.value)).nodes[0].attributes).toEqual(JSON.parse('{"__proto__":"p","constructor":"c","n":1}'));
    expect(({} as Record<string, unknown>)['n']).toBeUndefined();
  });

  it('refuses attribute values that are objects', () => {
    const doc = fixtureGraph();
    const text = JSON.stringify(doc).replace('"label":"Alpha"', '"label":"Alpha","attributes":{"x":{"y":1}}');
    expect(problems(text)[0]).toBe('nodes[0].attributes.x: must be a string, number, boolean or null — left out');
  });
});

describe('nesting depth: the parsed-value walk agrees with the text scan', () => {
  /** Arrays and objects nested `depth` deep, with quotes holding brackets (the scan must skip them). */
  const nested = (depth: number, i: number): string => {
    let text = '"a [ { \\" ] }"';
    for (let d = 0; d < depth; d++) text = (d + i) % 2 === 0 ? `[1, ${text}, {"k": "]"}]` : `{"x": ${text}, "__proto__": [[]]}`;
    return text;
  };

  it('at, below and above the limit', () => {
    for (const depth of [1, 2, 30, 62, 63, 64, 65, 80]) {
      for (const i of [0, 1]) {
        const text = nested(depth, i);
        expect(valueDepthExceeds(JSON.parse(text), 64)).toBe(jsonDepthExceeds(text, 64));
      }
    }
    expect(valueDepthExceeds(JSON.parse(nested(63, 0)), 64)).toBe(false);
    expect(valueDepthExceeds(JSON.parse(nested(64, 0)), 64)).toBe(true);
    expect(valueDepthExceeds(JSON.parse('[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]'), 64)).toBe(true);
    expect(valueDepthExceeds('plain', 64)).toBe(false);
  });
});
