import { describe, expect, it } from 'vitest';
import type { GraphFile } from '../../model/schema';
import { GraphFileSchema } from '../../model/schema';
import { csvFormat, csvFormulaNote, guessCsvMapping, inspectCsv, readCsvTables } from './index';

const FORMULAS = ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx'];

function graphWith(labels: readonly string[]): GraphFile {
  return GraphFileSchema.parse({
    format: 'kg-explorer-graph',
    version: 2,
    meta: { title: 'Formulas', description: 'about formulas' },
    nodes: labels.map((label, i) => ({ id: `n${i}`, label, type: 'other', attributes: { note: label, n: -2 } })),
    edges: [{ id: 'e1', source: 'n0', target: 'n1', type: 'ally', stance: 'cooperative', confidence: 1, note: '=1+1' }],
  });
}

function readBoth(files: readonly { text: string }[]) {
  const mapping = (text: string) => guessCsvMapping(inspectCsv(text).headers);
  return readCsvTables({ nodes: { text: files[0]!.text, mapping: mapping(files[0]!.text) }, edges: { text: files[1]!.text, mapping: mapping(files[1]!.text) } });
}

describe('CSV writer', () => {
  it('writes two RFC 4180 files with CRLF line ends, text quoted, numbers and booleans bare', () => {
    const graph = graphWith(['Alpha, "the first"\r\nline two', 'Beta']);
    const [nodes, edges] = csvFormat.write(graph, {});
    expect(nodes!.suffix).toBe('.nodes.csv');
    expect(edges!.suffix).toBe('.edges.csv');
    expect(nodes!.mime).toBe('text/csv');
    const lines = nodes!.text.split('\r\n');
    expect(lines[0]).toBe('"id","label","type","aliases","qid","description","time_start","time_end","time_precision","time_text","x","y","attr.note","n"');
    expect(lines[1]).toBe('"n0","Alpha, ""the first""');
    expect(lines[2]).toBe('line two","other",,,,,,,,,,"Alpha, ""the first""');
    expect(lines[3]).toBe('line two",-2');
    expect(edges!.text.split('\r\n')[1]).toBe('"e1","n0","n1","ally",true,,,"cooperative",,,,,1,,"=1+1"');
    expect(nodes!.text.endsWith('\r\n')).toBe(true);
  });

  it('leaves formulas as they are without the option, and they read back unchanged', () => {
    const graph = graphWith(FORMULAS);
    const files = csvFormat.write(graph, {});
    expect(files[0]!.text).toContain('"=HYPERLINK(""x"")"');
    expect(files[0]!.text).toContain('"\tx"');
    const back = readBoth(files);
    expect(back.graph?.nodes).toEqual(graph.nodes);
    expect(back.graph?.edges).toEqual(graph.edges);
  });

  it('neutralises formulas with a leading apostrophe, which reading back keeps (the option is lossy)', () => {
    const graph = graphWith(FORMULAS);
    const files = csvFormat.write(graph, { neutraliseFormulas: true });
    for (const formula of FORMULAS) expect(files[0]!.text).toContain(`"'${formula.replaceAll('"', '""')}"`);
    // A number is not a formula: -2 stays a bare number.
    expect(files[0]!.text.split('\r\n')[1]!.endsWith(',-2')).toBe(true);
    expect(files[1]!.text).toContain(`"'=1+1"`);
    const back = readBoth(files);
    expect(back.graph?.nodes.map((n) => n.label)).toEqual(FORMULAS.map((f) => `'${f}`));
    expect(back.graph?.nodes[0]?.attributes['n']).toBe(-2);
    expect(back.graph?.edges[0]?.note).toBe("'=1+1");
    expect(csvFormulaNote).toMatch(/apostrophe/);
  });

  it('says what CSV loses: title and description, sources, attributes without a value', () => {
    const graph = graphWith(['A', 'B']);
    expect(csvFormat.losses(graph)).toEqual(["The graph's title and description are not kept in CSV; the file name is used instead."]);
    const richer = GraphFileSchema.parse({
      ...graph,
      meta: { title: 'T' },
      sources: [{ id: 's', title: 'S', text: 'Alpha met Beta.' }],
      nodes: graph.nodes.map((n) => ({ ...n, attributes: { gone: null } })),
    });
    const losses = csvFormat.losses(richer);
    expect(losses).toHaveLength(3);
    expect(losses[1]).toMatch(/source text is not kept/);
    expect(losses[2]).toMatch(/without a value \(on 2 elements\)/);
  });
});
