import { describe, expect, it } from 'vitest';
import { parseGraphText } from '../../io/nativeFormat';
import { fixtureGraph } from '../../testing/fixtureGraph';
import { importFile } from '../importFile';
import { reportError, reportInfo, reportWarning } from '../report';
import { DECLARATION_REFUSED } from '../xml/parseXml';
import { depthMessage } from '../xml/scanMarkup';
import { graphmlFormat } from './index';

const read = (body: string, keys = '') =>
  graphmlFormat.read(
    `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys}\n${body}\n</graphml>\n`,
    'test.graphml',
  );

const LABEL_TYPE = [
  '<key id="label" for="node" attr.name="label" attr.type="string"/>',
  '<key id="type" for="node" attr.name="type" attr.type="string"/>',
].join('\n');

const messages = (result: ReturnType<typeof read>) => result.report.map((item) => item.message);

describe('GraphML reader: bad and unusual input', () => {
  it('refuses a DOCTYPE', () => {
    const result = graphmlFormat.read('<?xml version="1.0"?>\n<!DOCTYPE graphml [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<graphml/>', 'x.graphml');
    expect(result).toEqual({ graph: null, report: [reportError(DECLARATION_REFUSED, { line: 2, column: 1 })] });
  });

  it('names line and column of a truncated file', () => {
    const result = graphmlFormat.read('<graphml>\n  <graph edgedefault="directed">\n    <node id="a">\n      <data key="d0">Bel', 'cut.graphml');
    expect(result).toEqual({
      graph: null,
      report: [reportError('The file ends before <data> is closed (still open: <graphml> <graph> <node> <data>); it may be cut off.', { line: 4, column: 25 })],
    });
  });

  it('refuses nesting too deep, naming where', () => {
    const deep = `<graphml>\n<graph>\n<node id="a">${'<graph><node id="x">'.repeat(60)}${'</node></graph>'.repeat(60)}</node></graph></graphml>`;
    expect(graphmlFormat.read(deep, 'deep.graphml')).toEqual({ graph: null, report: [reportError(depthMessage, { line: 3, column: 1 + 13 + 20 * 48 + 7 })] });
  });

  it('refuses another root element', () => {
    expect(graphmlFormat.read('<gexf/>', 'x.graphml').report).toEqual([reportError('This is not GraphML: the root element is <gexf>, not <graphml>.')]);
  });

  it('keeps data for an undeclared key as a text attribute, with a warning', () => {
    const result = read('<graph edgedefault="directed"><node id="a"><data key="d9">42</data><data key="d9">43</data></node><node id="b"><data key="mood">calm</data></node></graph>');
    expect(result.report[0]).toEqual(reportWarning('Data for keys the file does not declare, kept as text attributes named by the key (2): d9, mood'));
    expect(result.graph!.nodes.map((n) => ({ ...n.attributes }))).toEqual([{ d9: '43' }, { mood: 'calm' }]);
  });

  it('leaves out hyperedges with a warning that counts them', () => {
    const result = read(
      '<graph edgedefault="directed"><node id="a"/><node id="b"/><node id="c"/>' +
        '<hyperedge id="h1"><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge>' +
        '<hyperedge><endpoint node="a"/><endpoint node="c"/></hyperedge><edge source="a" target="b"/></graph>',
    );
    expect(result.report[0]).toEqual(
      reportWarning('Hyperedges (edges joining more than two nodes) are not supported; left out (2): h1, #2 without id'),
    );
    expect(result.graph!.edges).toHaveLength(1);
  });

  it('notes relations whose directed attribute differs from edgedefault', () => {
    const result = read('<graph edgedefault="directed"><node id="a"/><node id="b"/><edge id="x" source="a" target="b" directed="false"/><edge id="y" source="b" target="a" directed="true"/><edge id="z" source="b" target="a"/></graph>');
    expect(result.report[0]).toEqual(
      reportInfo('Relations whose own "directed" differs from the graph\'s edgedefault (the graph mixes directed and undirected relations) (1): x'),
    );
    expect(result.graph!.edges.map((e) => e.directed)).toEqual([false, true, true]);
    const undirected = read('<graph edgedefault="undirected"><node id="a"/><edge source="a" target="a"/><edge source="a" target="a" directed="true"/></graph>');
    expect(undirected.graph!.edges.map((e) => e.directed)).toEqual([false, true]);
  });

  it('leaves out a node with a duplicate id, with a warning', () => {
    const result = read('<graph edgedefault="directed"><node id="a"/><node id="a"/></graph>');
    expect(result.report).toContainEqual(reportWarning('nodes[1].id: duplicate id "a" — left out'));
    expect(result.graph!.nodes).toHaveLength(1);
  });

  it('leaves out an edge to a missing node, with a warning', () => {
    const result = read('<graph edgedefault="directed"><node id="a"/><edge id="e" source="a" target="nowhere"/></graph>');
    expect(result.report).toContainEqual(reportWarning('edges[0].target: no node has id "nowhere" — left out'));
    expect(result.graph!.edges).toHaveLength(0);
  });

  it('reads nested graphs into the one graph and ignores ports, with warnings', () => {
    const result = read(
      '<graph edgedefault="directed"><node id="outer"><graph id="inner" edgedefault="directed"><node id="in1"/><node id="in2"/><edge source="in1" target="in2"/></graph></node>' +
        '<node id="p"><port name="north"/></node><edge source="outer" target="p" targetport="north"/></graph>',
    );
    expect(messages(result).slice(0, 2)).toEqual([
      'Nested graphs are not supported; their nodes and edges are read into the one graph (nested in) (1): outer',
      'Ports are not supported; relations attach to the node itself (2): p, outer → p',
    ]);
    expect(result.graph!.nodes.map((n) => n.id)).toEqual(['outer', 'in1', 'in2', 'p']);
    expect(result.graph!.edges.map((e) => [e.source, e.target])).toEqual([
      ['in1', 'in2'],
      ['outer', 'p'],
    ]);
  });

  it('reports findings of every kind in one order, whether the keys come first or after the graph (read twice)', () => {
    const keys = [LABEL_TYPE, '<key id="w" for="all" attr.name="weight" attr.type="double"/>'].join('\n');
    const body =
      '<graph edgedefault="undirected"><node id="a"><data key="w">heavy</data><data key="x1">?</data></node><node><data key="label">no id</data></node>' +
      '<edge source="a" target="b" directed="true"><data key="x2">?</data><data key="w">light</data></edge><node id="b"><port name="p"/></node>' +
      '<edge source="a"/><hyperedge><endpoint node="a"/><endpoint node="b"/></hyperedge><edge id="e1" source="b" target="a"/><edge id="e1" source="a" target="b"/></graph>';
    const wrap = (inner: string) => `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${inner}\n</graphml>\n`;
    const keysFirst = graphmlFormat.read(wrap(`${keys}\n${body}`), 'test.graphml');
    const keysAfter = graphmlFormat.read(wrap(`${body}\n${keys}`), 'test.graphml');
    expect(keysAfter).toEqual(keysFirst);
    // The order the reader gave before it streamed: structure, node data, edge ids, edges in turn.
    expect(messages(keysFirst)).toEqual([
      'Ports are not supported; relations attach to the node itself (1): b',
      'Hyperedges (edges joining more than two nodes) are not supported; left out (1): #1 without id',
      'Values that are not of their key\'s declared type, kept as text (2): weight (double): "heavy", weight (double): "light"',
      'Data for keys the file does not declare, kept as text attributes named by the key (2): x1, x2',
      'Nodes without an id, left out (1): node 2',
      'Relations with repeated ids (NetworkX writes the keys of a multigraph as ids) given new unique ids (1): e1',
      'Relations whose own "directed" differs from the graph\'s edgedefault (the graph mixes directed and undirected relations) (1): e0',
      'Relations without a source or target, left out (1): e1~2',
      'Nodes without a type, set to "other" (2): a, b',
      'Nodes without a label, labelled with their id (2): a, b',
      'Relations without a type, set to "related_to" (3): e0, e1, e1~3',
      'Relations without a known stance, set from their type or to "neutral" (3): e0, e1, e1~3',
      'Relations without a confidence, set to 1 (3): e0, e1, e1~3',
    ]);
    expect(keysFirst.graph!.edges.map((e) => e.id)).toEqual(['e0', 'e1', 'e1~3']);
  });

  it('keeps __proto__ and constructor as ids, key ids, attribute names and values', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = read(
      '<graph edgedefault="directed"><node id="__proto__"><data key="constructor">__proto__</data><data key="__proto__">1.5</data></node>' +
        '<node id="constructor"/><edge id="__proto__" source="__proto__" target="constructor"><data key="prototype">true</data></edge></graph>',
      [
        '<key id="constructor" for="node" attr.name="__proto__" attr.type="string"/>',
        '<key id="__proto__" for="node" attr.name="constructor" attr.type="double"/>',
        '<key id="prototype" for="edge" attr.name="toString" attr.type="boolean"/>',
      ].join('\n'),
    );
    expect(result.report.filter((r) => r.level !== 'info')).toEqual([]);
    const [proto, ctor] = result.graph!.nodes;
    expect(proto!.id).toBe('__proto__');
    expect(Object.getPrototypeOf(proto!.attributes)).toBeNull();
    expect(Object.entries(proto!.attributes)).toEqual([
      ['__proto__', '__proto__'],
      ['constructor', 1.5],
    ]);
    expect(ctor!.id).toBe('constructor');
    expect(Object.entries(result.graph!.edges[0]!.attributes)).toEqual([['toString', true]]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)['constructor']).toBe(Object);
  });

  it('applies key defaults, reads typed values, and keeps mistyped values as text with a warning', () => {
    const result = read(
      '<graph edgedefault="directed"><node id="a"><data key="w">2.5e1</data><data key="ok">FALSE</data></node><node id="b"><data key="w">lots</data></node></graph>',
      [
        LABEL_TYPE,
        '<key id="w" for="node" attr.name="weight" attr.type="double"><default>1</default></key>',
        '<key id="ok" for="all" attr.name="ok" attr.type="boolean"><default>true</default></key>',
      ].join('\n'),
    );
    expect(result.report[0]).toEqual(reportWarning('Values that are not of their key\'s declared type, kept as text (1): weight (double): "lots"'));
    expect(result.graph!.nodes.map((n) => ({ ...n.attributes }))).toEqual([
      { weight: 25, ok: false },
      { weight: 'lots', ok: true },
    ]);
  });

  it("takes labels and positions from yEd's graphics where the file has no label or x/y data", () => {
    const result = read(
      '<graph edgedefault="directed"><node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="40.0" x="10.0" y="-5.0"/>' +
        '<y:NodeLabel alignment="center">Minsk<y:LabelModel><y:SmartNodeLabelModel distance="4.0"/></y:LabelModel></y:NodeLabel></y:ShapeNode></data></node></graph>',
      '<key for="node" id="d6" yfiles.type="nodegraphics"/>',
    );
    expect(result.graph!.nodes[0]).toMatchObject({ id: 'n0', label: 'Minsk', position: { x: 30, y: 10 } });
  });

  it('reads an empty graph, and says when a file holds several graphs', () => {
    const result = read('<graph id="a" edgedefault="directed"/><graph id="b" edgedefault="directed"/>');
    expect(result.report).toEqual([reportWarning('The file holds 2 graphs; only the first is read.'), reportInfo('The file has no actors.')]);
    expect(result.graph!.meta.title).toBe('test');
  });

  it('opens through importFile, detected by content, with a BOM and CRLF line ends', () => {
    const parsed = parseGraphText(JSON.stringify(fixtureGraph()));
    if (!parsed.ok) throw new Error(parsed.error.join('\n'));
    const graph = { ...parsed.value, sources: [] as typeof parsed.value.sources, edges: parsed.value.edges.map((e) => ({ ...e, evidence: [] })) };
    const text = `\uFEFF${graphmlFormat.write(graph, {})[0]!.text.replace(/\n/g, '\r\n')}`;
    expect(graphmlFormat.sniff(text.slice(0, 4096))).toBe(true);
    const opened = importFile(new TextEncoder().encode(text), 'exported.xml');
    expect(opened.format).toBe('graphml');
    expect(opened.report.filter((item) => item.level !== 'info')).toEqual([]);
    expect(opened.graph).toEqual(graph);
  });
});
