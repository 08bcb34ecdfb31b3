import { describe, expect, it } from 'vitest';
import { csvFormat, readCsvTables, type CsvMapping } from './index';

// The reader turns each row into an actor or relation as soon as it is read. These pin what a reader
// that read every file whole first gave, where streaming could change it: an error late in a file,
// the order of the files' problems, and choices that need rows not yet read (all pass on that reader).
const edgeRows = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `r${from + i},a${from + i},b${from + i}`);
const edgeMapping: CsvMapping = { kind: 'edges', columns: { id: 'id', source: 'source', target: 'target' } };
const nodeMapping: CsvMapping = { kind: 'nodes', columns: { id: 'id', label: 'label' } };
const messages = (report: readonly { message: string; line?: number }[]) => report.map((item) => (item.line ? `${item.line}: ${item.message}` : item.message));

describe('CSV files read row by row', () => {
  it('an error on the last line of a long file leaves no graph and only the error', () => {
    const text = ['id,source,target', ...edgeRows(120), 'r120,a,"b"c'].join('\n');
    const { graph, report } = csvFormat.read(text, 'big.edges.csv');
    expect(graph).toBeNull();
    expect(messages(report)).toEqual(['122: Not valid CSV: unexpected "c" after the closing quote of a quoted cell (a quote inside a quoted cell is written twice: "").']);
  });

  it('a read node list and an edge list with an error: each file’s problems, nothing built', () => {
    const { graph, report } = readCsvTables({
      nodes: { text: 'id,label\nn1,One,extra\nn2,Two\n', mapping: nodeMapping },
      edges: { text: ['id,source,target', ...edgeRows(3), 'r3,a,b"'].join('\n'), mapping: edgeMapping },
    });
    expect(graph).toBeNull();
    expect(messages(report)).toEqual([
      '2: Node list: This row has 3 cells and the header 2; the extra cells are ignored.',
      '5: Edge list: Not valid CSV: a quote inside an unquoted cell (put the cell in quotes and write each quote in it twice).',
    ]);
  });

  it('a node list the mapping cannot read: both files’ problems first, then why, and no graph', () => {
    const { graph, report } = readCsvTables({
      nodes: { text: 'name,kind\nOne,state\n', mapping: { kind: 'nodes', columns: { id: 'key' } } },
      edges: { text: ['id,source,target', 'r0,a', 'r1,a,b'].join('\r\n'), mapping: edgeMapping },
    });
    expect(graph).toBeNull();
    expect(messages(report)).toEqual([
      '2: Edge list: This row has 2 cells and the header 3; the missing cells are read as empty.',
      'Node list: there is no column "key" for id; it is left empty.',
      'Choose the column that holds each actor’s id (or its label).',
    ]);
  });

  it('numbers a row without an id past ids that come long after it', () => {
    const rows = [...edgeRows(60), ',x,y', ...edgeRows(30, 61), 'e1,y,z', 'e2,z,x', ',x,z'];
    const { graph, report } = csvFormat.read(['id,source,target', ...rows].join('\n'), 'late.edges.csv');
    expect(graph?.edges).toHaveLength(94);
    expect(graph?.edges.filter((e) => !e.id.startsWith('r')).map((e) => `${e.id} ${e.source}→${e.target}`)).toEqual(['e3 x→y', 'e1 y→z', 'e2 z→x', 'e4 x→z']);
    expect(messages(report)).toContain('Relations without an id, numbered (2): e3, e4');
  });

  it('guesses a single file’s columns from its first 50 rows, then reads every row with that guess', () => {
    // A "type" column of Directed/Undirected is Gephi's direction, judged from the first 50 rows only.
    const file = (at: number) =>
      ['from,to,type', ...Array.from({ length: 70 }, (_, i) => `p${i},q${i},${i === at ? 'alliance' : i % 2 ? 'Undirected' : 'Directed'}`)].join('\n');
    const late = csvFormat.read(file(50), 'g.csv');
    expect(messages(late.report)[0]).toBe('Read as an edge list: directed = "type", source = "from", target = "to".');
    expect(late.graph?.edges.map((e) => e.directed).slice(47, 52)).toEqual([false, true, false, true, false]);
    expect(messages(late.report)).toContain('Relations whose direction is not true/false or Directed/Undirected, read as directed (1): line 52');
    const early = csvFormat.read(file(49), 'g.csv');
    expect(messages(early.report)[0]).toBe('Read as an edge list: type = "type", source = "from", target = "to".');
    expect(early.graph?.edges[49]).toMatchObject({ id: 'e50', source: 'p49', target: 'q49', type: 'alliance' });
  });
});
