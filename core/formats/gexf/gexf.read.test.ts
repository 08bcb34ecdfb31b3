import { describe, expect, it } from 'vitest';
import { parseGraphText } from '../../io/nativeFormat';
import { fixtureGraph } from '../../testing/fixtureGraph';
import { importFile } from '../importFile';
import { reportError, reportInfo, reportWarning } from '../report';
import { DECLARATION_REFUSED } from '../xml/parseXml';
import { gexfFormat } from './index';

const read = (graph: string, graphAttributes = 'defaultedgetype="directed"', meta = '') =>
  gexfFormat.read(
    `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">${meta}\n<graph ${graphAttributes}>\n${graph}\n</graph>\n</gexf>\n`,
    'test.gexf',
  );

const NODE_TYPE = '<attributes class="node"><attribute id="t" title="type" type="string"/></attributes>';

describe('GEXF reader: bad and unusual input', () => {
  it('refuses a DOCTYPE and entity declarations', () => {
    const result = gexfFormat.read('<?xml version="1.0"?>\n<!DOCTYPE gexf [\n<!ENTITY a "aaaaaaaaaa">\n]>\n<gexf>&a;</gexf>', 'x.gexf');
    expect(result).toEqual({ graph: null, report: [reportError(DECLARATION_REFUSED, { line: 2, column: 1 })] });
  });

  it('names line and column of a truncated file', () => {
    const result = gexfFormat.read('<gexf version="1.3">\n<graph>\n<nodes>\n<node id="a" label="A"/>\n<node id="b" lab', 'cut.gexf');
    expect(result).toEqual({ graph: null, report: [reportError('The file ends inside the tag <node…; it may be cut off.', { line: 5, column: 17 })] });
  });

  it('refuses another root element, and a file without a graph', () => {
    expect(gexfFormat.read('<graphml/>', 'x.gexf').report).toEqual([reportError('This is not GEXF: the root element is <graphml>, not <gexf>.')]);
    expect(gexfFormat.read('<gexf version="1.3"/>', 'x.gexf').report).toEqual([reportError('The GEXF file has no <graph> element.')]);
  });

  it('keeps values for undeclared attributes as text attributes, with a warning', () => {
    const result = read('<nodes><node id="a" label="A"><attvalues><attvalue for="9" value="42"/></attvalues></node></nodes>');
    expect(result.report[0]).toEqual(reportWarning('Values for attributes the file does not declare, kept as text attributes named by their id (1): 9'));
    expect({ ...result.graph!.nodes[0]!.attributes }).toEqual({ 9: '42' });
  });

  it('notes relations whose type differs from defaultedgetype, and reads mutual as undirected', () => {
    const result = read(
      '<nodes><node id="a"/><node id="b"/></nodes><edges><edge id="x" source="a" target="b" type="undirected"/><edge id="y" source="b" target="a" type="mutual"/><edge id="z" source="a" target="b"/></edges>',
    );
    expect(result.report[0]).toEqual(
      reportInfo("Relations whose own type differs from the graph's defaultedgetype (the graph mixes directed and undirected relations) (2): x, y"),
    );
    expect(result.graph!.edges.map((e) => e.directed)).toEqual([false, false, true]);
    // GEXF's default edge type is undirected.
    expect(read('<nodes><node id="a"/></nodes><edges><edge source="a" target="a"/></edges>', '').graph!.edges[0]!.directed).toBe(false);
  });

  it('leaves out a node with a duplicate id, with a warning', () => {
    const result = read('<nodes><node id="a" label="A"/><node id="a" label="B"/></nodes>');
    expect(result.report).toContainEqual(reportWarning('nodes[1].id: duplicate id "a" — left out'));
    expect(result.graph!.nodes.map((n) => n.label)).toEqual(['A']);
  });

  it('leaves out an edge to a missing node, with a warning', () => {
    const result = read('<nodes><node id="a"/></nodes><edges><edge id="e" source="nowhere" target="a"/></edges>');
    expect(result.report).toContainEqual(reportWarning('edges[0].source: no node has id "nowhere" — left out'));
    expect(result.graph!.edges).toEqual([]);
  });

  it('reads nested nodes into the one graph, with a warning', () => {
    const result = read('<nodes><node id="group"><nodes><node id="member"/></nodes></node></nodes><edges><edge source="member" target="group"/></edges>');
    expect(result.report[0]).toEqual(reportWarning('Nested (hierarchical) nodes are not supported; read as nodes of the one graph (nested in) (1): group'));
    expect(result.graph!.nodes.map((n) => n.id)).toEqual(['group', 'member']);
    expect(result.graph!.edges).toHaveLength(1);
  });

  it('reports findings of every kind in one order, whether the declarations come first or after the elements (read twice)', () => {
    const declarations =
      '<attributes class="node"><attribute id="w" title="weight" type="double"/></attributes>' +
      '<attributes class="edge"><attribute id="c" title="count" type="integer"/></attributes>';
    const nodes =
      '<nodes><node id="a"><attvalues><attvalue for="w" value="heavy"/><attvalue for="x1" value="?"/></attvalues><spells><spell start="soon"/></spells></node>' +
      '<node label="no id"/><node id="b"><nodes><node id="b1"/></nodes></node></nodes>';
    const edges =
      '<edges><edge source="a" target="b" type="undirected"><attvalues><attvalue for="c" value="1"/><attvalue for="c" value="2"/><attvalue for="x2" value="?"/></attvalues></edge>' +
      '<edge source="a"/><edge id="e1" source="b" target="a" weight="much"/><edge id="e1" source="a" target="b1"><attvalues><attvalue for="c" value="many"/></attvalues></edge></edges>';
    const first = read(`${declarations}${nodes}${edges}`);
    const after = read(`${nodes}${edges}${declarations}`);
    expect(after).toEqual(first);
    // The order the reader gave before it streamed: declarations, nesting, nodes, edges in turn.
    expect(first.report.map((r) => r.message)).toEqual([
      'Nested (hierarchical) nodes are not supported; read as nodes of the one graph (nested in) (1): b',
      'Values that are not of their attribute\'s declared type, kept as text (3): weight (double): "heavy", weight (double): "much", count (double): "many"',
      'Values for attributes the file does not declare, kept as text attributes named by their id (2): x1, x2',
      'Spells that are not calendar dates, not read as time (1): a',
      'Nodes without an id, left out (1): node 2',
      'Relations with repeated ids (NetworkX writes the keys of a multigraph as ids) given new unique ids (1): e1',
      // e0: the id the first edge was given, known only once every edge was read.
      'Attributes with several values over time; the first value is kept (1): e0',
      'Relations whose own type differs from the graph\'s defaultedgetype (the graph mixes directed and undirected relations) (1): e0',
      'Relations without a source or target, left out (1): e1~2',
      'Nodes without a type, set to "other" (3): a, b, b1',
      'Nodes without a label, labelled with their id (3): a, b, b1',
      'Relations without a type, set to "related_to" (3): e0, e1, e1~3',
      'Relations without a known stance, set from their type or to "neutral" (3): e0, e1, e1~3',
      'Relations without a confidence, set to 1 (3): e0, e1, e1~3',
    ]);
    expect(first.graph!.edges.map((e) => e.id)).toEqual(['e0', 'e1', 'e1~3']);
  });

  it('keeps __proto__ and constructor as ids, attribute ids and titles, and values', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = read(
      '<attributes class="node"><attribute id="__proto__" title="constructor" type="double"/><attribute id="constructor" title="__proto__" type="string"/></attributes>' +
        '<nodes><node id="__proto__" label="constructor"><attvalues><attvalue for="__proto__" value="2"/><attvalue for="constructor" value="__proto__"/></attvalues></node></nodes>' +
        '<edges><edge id="constructor" source="__proto__" target="__proto__"/></edges>',
    );
    expect(result.report.filter((r) => r.level !== 'info')).toEqual([]);
    const node = result.graph!.nodes[0]!;
    expect([node.id, node.label]).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(node.attributes)).toBeNull();
    expect(Object.entries(node.attributes)).toEqual([
      ['constructor', 2],
      ['__proto__', '__proto__'],
    ]);
    expect(result.graph!.edges[0]!.id).toBe('constructor');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it('reads spells as time where the file has no time attributes', () => {
    const result = read(
      '<nodes><node id="a"/></nodes><edges>' +
        '<edge id="year" source="a" target="a"><spells><spell start="2022-01-01" end="2022-12-31"/></spells></edge>' +
        '<edge id="month" source="a" target="a" start="2022-09-01" end="2022-09-30"/>' +
        '<edge id="days" source="a" target="a"><spells><spell start="2023-02-28" end="2023-03-01"/><spell start="2023-02-20" end="2023-02-21"/></spells></edge>' +
        '<edge id="numbers" source="a" target="a"><spells><spell start="1.0" end="2.0"/></spells></edge>' +
        '</edges>',
      'defaultedgetype="directed" mode="dynamic" timeformat="date"',
    );
    expect(result.graph!.edges.map((e) => e.time)).toEqual([
      { start: '2022', precision: 'year' },
      { start: '2022-09', precision: 'month' },
      { start: '2023-02-20', end: '2023-03-01', precision: 'day' },
      null,
    ]);
    expect(result.report.slice(0, 2)).toEqual([
      reportInfo('Elements with several spells; their time is the whole extent (1): days'),
      reportInfo('Spells that are not calendar dates, not read as time (1): numbers'),
    ]);
  });

  it('reads positions (y up in GEXF, down in the app), labels, kinds, weights, meta and typed defaults', () => {
    const result = read(
      NODE_TYPE.replace('</attributes>', '<attribute id="s" title="score" type="float"><default>0.5</default></attribute></attributes>') +
        '<nodes><node id="a" label="Alpha"><attvalues><attvalue for="t" value="state"/></attvalues><viz:position x="1.5" y="2" z="0"/></node><node id="b"><attvalues><attvalue for="s" value="x"/></attvalues></node></nodes>' +
        '<edges><edge id="k" source="a" target="b" kind="Borders" weight="3"/><edge id="l" source="a" target="b" label="sanction"/></edges>',
      'defaultedgetype="directed"',
      '<meta><creator>Gephi 0.10</creator><title>Atlas</title><description>Two\nlines</description></meta>',
    );
    expect(result.report[0]).toEqual(reportWarning('Values that are not of their attribute\'s declared type, kept as text (1): score (double): "x"'));
    expect(result.graph!.meta).toEqual({ title: 'Atlas', description: 'Two\nlines' });
    const [a, b] = result.graph!.nodes;
    expect(a).toMatchObject({ label: 'Alpha', type: 'state', position: { x: 1.5, y: -2 }, attributes: { score: 0.5 } });
    expect(b).toMatchObject({ label: 'b', type: 'other', position: null, attributes: { score: 'x' } });
    expect(result.graph!.edges.map((e) => [e.type, e.stance, e.goldstein, { ...e.attributes }])).toEqual([
      ['borders', 'neutral', null, { weight: 3 }],
      ['sanction', 'conflictual', -8, {}],
    ]);
  });

  it('keeps the first of several values over time, with a note', () => {
    const result = read(
      NODE_TYPE + '<nodes><node id="a"><attvalues><attvalue for="t" value="person" start="2020-01-01"/><attvalue for="t" value="group" start="2021-01-01"/></attvalues></node></nodes>',
    );
    expect(result.report[0]).toEqual(reportInfo('Attributes with several values over time; the first value is kept (1): a'));
    expect(result.graph!.nodes[0]!.type).toBe('person');
  });

  it('reads GEXF 1.1 attvalues (id instead of for)', () => {
    const result = read(NODE_TYPE + '<nodes><node id="a"><attvalues><attvalue id="t" value="place"/></attvalues></node></nodes>');
    expect(result.graph!.nodes[0]!.type).toBe('place');
  });

  it('opens through importFile, detected by content, with a BOM and CRLF line ends', () => {
    const parsed = parseGraphText(JSON.stringify(fixtureGraph()));
    if (!parsed.ok) throw new Error(parsed.error.join('\n'));
    const graph = { ...parsed.value, sources: [] as typeof parsed.value.sources, edges: parsed.value.edges.map((e) => ({ ...e, evidence: [] })) };
    const text = `\uFEFF${gexfFormat.write(graph, {})[0]!.text.replace(/\n/g, '\r\n')}`;
    expect(gexfFormat.sniff(text.slice(0, 4096))).toBe(true);
    const opened = importFile(new TextEncoder().encode(text), 'exported.xml');
    expect(opened.format).toBe('gexf');
    expect(opened.report.filter((item) => item.level !== 'info')).toEqual([]);
    expect(opened.graph).toEqual(graph);
  });
});
