import { describe, expect, it } from 'vitest';
import { formatReportItem } from '../report';
import { csvFormat, readCsvTables, type CsvMapping } from './index';

const read = (text: string, fileName = 'test.csv') => csvFormat.read(text, fileName);
const problems = (report: readonly { level: string }[]) => report.filter((r) => r.level !== 'info');

describe('CSV reader: RFC 4180 and bad input', () => {
  it('reads commas, doubled quotes and CRLF inside quoted cells', () => {
    const { graph, report } = read('id,label\r\n"a,1","He said ""hi""\r\nagain"\r\nb,Plain\r\n');
    expect(problems(report)).toEqual([]);
    expect(graph?.nodes.map((n) => [n.id, n.label])).toEqual([
      ['a,1', 'He said "hi"\r\nagain'],
      ['b', 'Plain'],
    ]);
  });

  it('ignores a byte-order mark', () => {
    const { graph } = read('\uFEFFId,Label\r\n1,One\r\n');
    expect(graph?.nodes).toHaveLength(1);
    expect(graph?.nodes[0]).toMatchObject({ id: '1', label: 'One' });
  });

  it('keeps headers such as __proto__ and constructor as plain attribute names', () => {
    const { graph } = read('id,__proto__,constructor,toString\na,1,x,\n');
    const attributes = graph!.nodes[0]!.attributes;
    expect(Object.keys(attributes)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(attributes, '__proto__')?.value).toBe(1);
    expect(attributes['constructor']).toBe('x');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('1');
  });

  it.each([
    ['a closing quote followed by text', 'id,label\na,"b"c\n', 'line 2, column 6', /unexpected "c" after the closing quote/],
    ['a quote inside an unquoted cell', 'id,label\nO"Brien,x\n', 'line 2, column 2', /quote inside an unquoted cell/],
    ['a quote never closed', 'id,label\r\na,b\r\nc,"d\r\n', 'line 3, column 3', /never closed/],
    // A CRLF inside quotes is one line end, not two (csv-parse counts two).
    ['a mistake after a quoted line break', 'id,label\r\na,"x\r\ny"\r\nb,"z"w\r\n', 'line 4, column 6', /after the closing quote/],
    ['a mistake after multi-byte text', 'id,label\nж,"中"🇧🇾\n', 'line 2, column 6', /after the closing quote/],
  ])('names line and column of %s', (_what, text, where, message) => {
    const { graph, report } = read(text);
    expect(graph).toBeNull();
    expect(report).toHaveLength(1);
    expect(report[0]!.level).toBe('error');
    expect(report[0]!.message).toMatch(message);
    expect(formatReportItem(report[0]!)).toMatch(new RegExp(`^error: ${where}: Not valid CSV: `));
  });

  it('refuses an empty file', () => {
    for (const text of ['', '\uFEFF', ' \r\n\r\n']) {
      const { graph, report } = read(text);
      expect(graph).toBeNull();
      expect(report.map((r) => r.level)).toEqual(['error']);
      expect(report[0]!.message).toMatch(/empty/);
    }
  });

  it('reads a header without rows as a graph without actors', () => {
    const { graph, report } = read('id,label\r\n');
    expect(graph?.nodes).toEqual([]);
    expect(report.some((r) => r.message === 'The file has no actors.')).toBe(true);
  });

  it('warns about rows with the wrong number of cells, by line, and reads them', () => {
    const { graph, report } = read('id,label\na,A,extra\n\nb\n,,\nc,C\n');
    expect(graph?.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    const warnings = report.filter((r) => r.level === 'warning');
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [2, 'This row has 3 cells and the header 2; the extra cells are ignored.'],
      [4, 'This row has 1 cells and the header 2; the missing cells are read as empty.'],
    ]);
  });

  it('renames a repeated header and warns', () => {
    const { graph, report } = read('id,weight,weight\na,1,2\n');
    expect(report.filter((r) => r.level === 'warning').map((r) => r.message)).toEqual([
      'The header "weight" appears more than once; column 3 is called "weight (2)".',
    ]);
    expect({ ...graph!.nodes[0]!.attributes }).toEqual({ weight: 1, 'weight (2)': 2 });
  });

  it('reads semicolon and tab delimited files', () => {
    expect(read('id;label;weight\na;Alpha, Inc.;1,5\n').graph?.nodes[0]).toMatchObject({ label: 'Alpha, Inc.', attributes: { weight: '1,5' } });
    expect(read('id\tlabel\na\tAlpha\n').graph?.nodes[0]).toMatchObject({ id: 'a', label: 'Alpha' });
  });

  it('leaves out rows without an id or with a repeated id, naming the line', () => {
    const { graph, report } = read('id,label,qid\na,A,Q1\n"",B,\na,C,\nd,D,not-a-qid\n');
    expect(graph?.nodes.map((n) => n.label)).toEqual(['A']);
    expect(report.filter((r) => r.level === 'warning').map((r) => [r.line, r.message])).toEqual([
      [3, 'This actor has no id; the row is left out.'],
      [4, 'Another row already has the actor id "a"; this row is left out.'],
      [5, 'qid: must be a Wikidata QID like Q184; the row is left out.'],
    ]);
  });

  it('types unquoted cells: numbers, true/false; codes with leading zeros and quoted cells stay text', () => {
    const { graph } = read('id,n,flag,code,quoted,empty,blank\na,-1.5e3,TRUE,057,"12","",\n');
    expect({ ...graph!.nodes[0]!.attributes }).toEqual({ n: -1500, flag: true, code: '057', quoted: '12', empty: '' });
  });
});

describe('CSV reader: files from Gephi', () => {
  const edgesCsv = 'Source,Target,Type,Id,Label,timeset,Weight\r\n1,2,Undirected,0,,,1.0\r\n2,3,Directed,1,friends,,2.5\r\n3,1,Undirected,2,,,1\r\n';
  const nodesCsv = 'Id,Label,timeset,Modularity Class\r\n1,Alpha,,0\r\n2,Beta,,1\r\n3,Gamma,,0\r\n4,Delta,,2\r\n';

  it('opens an edge table: Type is the direction, Weight and Label are attributes, actors are created', () => {
    const { graph, report } = read(edgesCsv, 'gephi.edges.csv');
    expect(graph?.meta.title).toBe('gephi');
    expect(graph?.nodes.map((n) => n.id)).toEqual(['1', '2', '3']);
    expect(graph?.edges).toHaveLength(3);
    expect(graph?.edges.map((e) => [e.id, e.source, e.target, e.directed, e.type])).toEqual([
      ['0', '1', '2', false, 'related_to'],
      ['1', '2', '3', true, 'related_to'],
      ['2', '3', '1', false, 'related_to'],
    ]);
    expect({ ...graph!.edges[0]!.attributes }).toEqual({ Weight: 1 });
    expect({ ...graph!.edges[1]!.attributes }).toEqual({ Label: 'friends', Weight: 2.5 });
    expect(report.find((r) => r.message.startsWith('Actors named in the edge list'))?.message).toMatch(/\(3\): 1, 2, 3/);
    expect(problems(report)).toEqual([]);
  });

  it('opens a node table with its attributes', () => {
    const { graph, report } = read(nodesCsv, 'gephi.nodes.csv');
    expect(graph?.nodes.map((n) => [n.id, n.label, n.type, { ...n.attributes }])).toEqual([
      ['1', 'Alpha', 'other', { 'Modularity Class': 0 }],
      ['2', 'Beta', 'other', { 'Modularity Class': 1 }],
      ['3', 'Gamma', 'other', { 'Modularity Class': 0 }],
      ['4', 'Delta', 'other', { 'Modularity Class': 2 }],
    ]);
    expect(problems(report)).toEqual([]);
  });

  it('opens both together with exact counts', () => {
    const { graph, report } = readCsvTables({
      nodes: { text: nodesCsv, mapping: { kind: 'nodes', columns: { id: 'Id', label: 'Label' } } },
      edges: { text: edgesCsv, mapping: { kind: 'edges', columns: { id: 'Id', source: 'Source', target: 'Target', directed: 'Type' } } },
    });
    expect(graph?.nodes).toHaveLength(4);
    expect(graph?.edges).toHaveLength(3);
    expect(graph?.nodes[3]?.label).toBe('Delta');
    expect(problems(report)).toEqual([]);
  });
});

describe('CSV reader: two files with a mapping the user chose', () => {
  const nodes = 'Name;Kind;Wikidata item;Also called\r\nBelarus;State;Q184;Minsk; Belarusian\r\nChina;state;Q148;\r\nXi Jinping;Person;;\r\n';
  const edges =
    'From Actor\tTo Actor\tWhat\tWhen\tWeight\tmutual\n' +
    'China\tBelarus\tStrategic Partnership\t2022-09\t3\tno\n' +
    'Xi Jinping\tBelarus\tvisit\t2023\t1\tno\n' +
    'Xi Jinping\tChina\thead_of\t2023-02-28T09:00:00Z\t\tno\n' +
    'Belarus\tRussia\tally\tlast spring\t\tno\n';

  it('reads ids, types, aliases, a date column with its precision, and leaves the rest as attributes', () => {
    const nodeMapping: CsvMapping = { kind: 'nodes', columns: { id: 'Name', label: 'Name', type: 'Kind', qid: 'Wikidata item' } };
    const edgeMapping: CsvMapping = { kind: 'edges', columns: { source: 'From Actor', target: 'To Actor', type: 'What', date: 'When' } };
    const { graph, report } = readCsvTables({ nodes: { text: nodes, mapping: nodeMapping }, edges: { text: edges, mapping: edgeMapping }, title: 'Belarus' });
    expect(graph?.meta.title).toBe('Belarus');
    expect(graph?.nodes.map((n) => [n.id, n.type, n.qid])).toEqual([
      ['Belarus', 'state', 'Q184'],
      ['China', 'state', 'Q148'],
      ['Xi Jinping', 'person', null],
      ['Russia', 'other', null],
    ]);
    // "Also called" was not mapped: an attribute, and its ";" made a cell too many on line 2.
    expect(graph?.nodes[0]?.attributes['Also called']).toBe('Minsk');
    expect(report.filter((r) => r.level === 'warning').map((r) => r.line)).toEqual([2]);
    expect(graph?.edges.map((e) => [e.id, e.type, e.time, e.directed])).toEqual([
      ['e1', 'strategic_partnership', { start: '2022-09', precision: 'month' }, true],
      ['e2', 'visit', { start: '2023', precision: 'year' }, true],
      ['e3', 'head_of', { start: '2023-02-28', precision: 'day' }, true],
      ['e4', 'ally', null, true],
    ]);
    expect(graph?.edges[3]?.attributes['When']).toBe('last spring');
    expect({ ...graph!.edges[0]!.attributes }).toEqual({ Weight: 3, mutual: 'no' });
    const messages = report.map((r) => r.message);
    expect(messages).toContainEqual(expect.stringMatching(/^Actors named in the edge list but not in the node list.*\(1\): Russia$/));
    expect(messages).toContainEqual(expect.stringMatching(/^Relations without an id, numbered \(4\)/));
    expect(messages).toContainEqual(expect.stringMatching(/^Dates not written as .* kept as attribute "When" \(1\): line 5$/));
  });

  it('maps the aliases column: a list typed with ; or |', () => {
    const { graph } = readCsvTables({
      nodes: { text: 'id,names\nby,"Minsk; Belarusian | Belarus"\n', mapping: { kind: 'nodes', columns: { id: 'id', aliases: 'names' } } },
    });
    expect(graph?.nodes[0]?.aliases).toEqual(['Minsk', 'Belarusian', 'Belarus']);
  });

  it('refuses a mapping without source and target, and reports a header the file lacks', () => {
    const { graph, report } = readCsvTables({ edges: { text: edges, mapping: { kind: 'edges', columns: { source: 'From Actor', target: 'Nope' } } } });
    expect(graph).toBeNull();
    expect(report.map((r) => r.level)).toEqual(['warning', 'error']);
    expect(report[0]!.message).toMatch(/no column "Nope"/);
  });

  it('prefixes problems with the file they are in when both are given', () => {
    const { graph, report } = readCsvTables({
      nodes: { text: 'id\n"a\n', mapping: { kind: 'nodes', columns: { id: 'id' } } },
      edges: { text: edges, mapping: { kind: 'edges', columns: { source: 'From Actor', target: 'To Actor' } } },
    });
    expect(graph).toBeNull();
    expect(formatReportItem(report[0]!)).toBe('error: line 2, column 1: Node list: Not valid CSV: the quoted cell that starts here is never closed.');
  });
});
