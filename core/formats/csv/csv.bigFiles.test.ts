import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../../bench/generate';
import { FORMATS } from '../registry';
import { readCsvTables } from './readTables';
import { guessCsvMapping } from './guessMapping';
import { inspectCsv } from './inspect';
import { readTable } from './table';

describe('reading CSV reports progress', () => {
  it('every 2,000 rows, by the share of characters read over both files; the same graph as without', () => {
    const graph = generateGraph({ edges: 5000, seed: 3 });
    const [nodes, edges] = FORMATS.csv.write(graph, {});
    const table = (text: string, kind: 'nodes' | 'edges') => ({ text, mapping: guessCsvMapping(inspectCsv(text).headers, kind, inspectCsv(text).rows) });
    const input = { nodes: table(nodes!.text, 'nodes'), edges: table(edges!.text, 'edges'), title: 'g' };
    const heard: number[] = [];
    const withProgress = readCsvTables(input, (f) => heard.push(f));
    expect(withProgress).toEqual(readCsvTables(input));
    expect(withProgress.graph?.edges).toHaveLength(5000);
    // One report per 2,000 rows over both files, each past the whole node list (it is shorter than 2,000 rows).
    expect(heard).toHaveLength(Math.floor((graph.nodes.length + 5000) / 2000));
    expect(heard).toEqual([...heard].sort((a, b) => a - b));
    expect(heard.every((f) => f > nodes!.text.length / (nodes!.text.length + edges!.text.length) && f <= 1)).toBe(true);
  });

  it('a single file read through the format (guessed columns) reports too', () => {
    const graph = generateGraph({ edges: 4000, seed: 3 });
    const edges = FORMATS.csv.write(graph, {})[1]!.text;
    const heard: number[] = [];
    expect(FORMATS.csv.read(edges, 'g.edges.csv', (f) => heard.push(f)).graph?.edges).toHaveLength(4000);
    expect(heard).toHaveLength(2);
    expect(heard[1]).toBeCloseTo(1, 4); // the last row ends before the final line end
  });
});

describe('inspecting a CSV file keeps only its sample', () => {
  it('the same inspection as the whole table gives: headers, ten rows padded or cut to them, the count, the problems', () => {
    const text = 'id,label,type\n' + Array.from({ length: 25 }, (_, i) => (i === 3 ? `n${i},"x, y"` : i === 5 ? `n${i},a,b,c,d` : `n${i},L${i},state`)).join('\r\n') + '\n,,\n';
    const whole = readTable(text);
    if (!whole.ok) throw new Error('unreadable');
    const inspection = inspectCsv(text);
    expect(inspection).toEqual({
      delimiter: ',',
      headers: ['id', 'label', 'type'],
      rows: whole.table.rows.slice(0, 10).map((row) => row.cells.map((cell) => cell.text)),
      rowCount: 25,
      problems: whole.table.problems,
    });
    expect(inspection.rows[3]).toEqual(['n3', 'x, y', '']);
    expect(inspection.rows[5]).toEqual(['n5', 'a', 'b']);
    expect(inspection.problems.map((p) => p.message)).toEqual([
      'This row has 2 cells and the header 3; the missing cells are read as empty.',
      'This row has 5 cells and the header 3; the extra cells are ignored.',
    ]);
  });
});
