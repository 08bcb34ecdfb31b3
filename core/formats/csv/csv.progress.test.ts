import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../../bench/generate';
import { FORMATS } from '../registry';
import { readCsvTables } from './readTables';
import { guessCsvMapping } from './guessMapping';
import { inspectCsv } from './inspect';

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
