import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormatModule, WriteOptions } from '../../core/formats/formatModule';
import { FORMATS } from '../../core/formats/registry';
import { parseGraphText } from '../../core/io/nativeFormat';
import { serializeWorkspace } from '../../core/workspace/parseWorkspace';
import { workspaceFromGraph } from '../../core/workspace/workspace';
import { memoryIo } from '../memoryIo';
import { BUNDLED, bundledText, fixtureText, runReal, tempDir } from '../testing';
import { convert } from './convert';

function parsed(text: string) {
  const result = parseGraphText(text);
  if (!result.ok) throw new Error(result.error.join('\n'));
  return result.value;
}

/** A registry whose CSV writer gives two files and records what it was asked. */
function fakeCsv(calls: WriteOptions[]) {
  const csv: FormatModule = {
    ...FORMATS.csv,
    losses: () => ['CSV cannot hold the sources (article texts).'],
    write: (graph, options) => {
      calls.push(options);
      return [
        { suffix: '.nodes.csv', text: `id\n${graph.nodes.map((n) => n.id).join('\n')}\n`, mime: 'text/csv' },
        { suffix: '.edges.csv', text: `id\n${graph.edges.map((e) => e.id).join('\n')}\n`, mime: 'text/csv' },
      ];
    },
  };
  return { ...FORMATS, csv };
}

describe('convert', () => {
  it('round-trips the bundled graph native → native through real files', async () => {
    const out = path.join(tempDir(), 'copy.kg.json');
    const run = await runReal(['convert', BUNDLED, out]);
    expect(run).toEqual({ code: 0, out: [`wrote ${out}`], err: [] });
    expect(parsed(readFileSync(out, 'utf8'))).toEqual(parsed(bundledText()));
    // Atomic write: no temp file left beside it.
    expect(readdirSync(path.dirname(out))).toEqual(['copy.kg.json']);
  });

  it('writes a single file exactly where asked, whatever the format suffix', async () => {
    const out = path.join(tempDir(), 'plain.json');
    expect((await runReal(['convert', BUNDLED, out])).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('refuses an output extension that names no format, and writes nothing', async () => {
    const dir = tempDir();
    const run = await runReal(['convert', BUNDLED, path.join(dir, 'x.docx')]);
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/^kg: cannot write .*x\.docx: "\.docx" is not a format this tool writes \(use \.kg\.json, \.json, \.graphml, .*\)$/);
    expect((await runReal(['convert', BUNDLED, path.join(dir, 'noext')])).err[0]).toMatch(/the name has no extension to choose a format/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to write a workspace', async () => {
    const run = await runReal(['convert', BUNDLED, path.join(tempDir(), 's.kgw.json')]);
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(/cannot write .*s\.kgw\.json: a workspace holds a session of the app/);
  });

  it('refuses an input with errors, printing its report, and writes nothing', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'bad.kg.json');
    writeFileSync(input, '{\n  "format": "kg-explorer-graph",\n  "version": 2,,\n  "nodes": []\n}');
    const run = await runReal(['convert', input, path.join(dir, 'out.kg.json')]);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([expect.stringMatching(/^error: Not valid JSON at line 3, column 16: /), `kg: ${input} was not converted: it has errors`]);
    expect(readdirSync(dir)).toEqual(['bad.kg.json']);
  });

  it('says when the input does not exist', async () => {
    const run = await runReal(['convert', 'missing.graphml', path.join(tempDir(), 'x.kg.json')]);
    expect(run).toEqual({ code: 2, out: [], err: ['kg: cannot read missing.graphml: no such file'] });
  });

  it('converts with warnings, printing them (an edge to a missing actor is left out)', async () => {
    const io = memoryIo({ 'in.kg.json': fixtureText((doc) => void (doc.edges[0]!.target = 'nowhere')) });
    const code = await convert(io, { input: 'in.kg.json', output: 'out.kg.json', neutraliseFormulas: false });
    expect(code).toBe(0);
    expect(io.err).toEqual(['warning: edges[0].target: no node has id "nowhere" — left out']);
    expect(parsed(io.text('out.kg.json')).edges).toHaveLength(3);
  });

  it('writes CSV as two files named after OUT, printing both paths and the losses', async () => {
    const calls: WriteOptions[] = [];
    const io = memoryIo({ 'g.kg.json': fixtureText() });
    const code = await convert(io, { input: 'g.kg.json', output: 'out/graph.csv', neutraliseFormulas: true }, fakeCsv(calls));
    expect(code).toBe(0);
    expect(io.out).toEqual(['wrote out/graph.nodes.csv', 'wrote out/graph.edges.csv']);
    expect(io.err).toEqual(['note: CSV cannot hold the sources (article texts).']);
    expect(io.text('out/graph.nodes.csv')).toBe('id\na\nb\nc\nd\ne\nf\n');
    expect(io.text('out/graph.edges.csv')).toBe('id\nab\nbc\ncd\nae\n');
    expect(calls).toEqual([{ neutraliseFormulas: true }]);
  });

  it('says so when a format cannot write yet, instead of a stack trace', async () => {
    const broken = { ...FORMATS, gexf: { ...FORMATS.gexf, losses: () => [], write: () => { throw new Error('Writing GEXF is not available yet.'); } } };
    const io = memoryIo({ 'g.kg.json': fixtureText() });
    await expect(convert(io, { input: 'g.kg.json', output: 'g.gexf', neutraliseFormulas: false }, broken)).rejects.toThrow(
      'cannot write g.gexf: Writing GEXF is not available yet.',
    );
    expect(io.files.has('g.gexf')).toBe(false);
  });

  it('converts the graph of a workspace', async () => {
    const graph = parsed(fixtureText());
    const io = memoryIo({ 'session.kgw.json': serializeWorkspace(workspaceFromGraph(graph, 'fixture.kg.json')) });
    expect(await convert(io, { input: 'session.kgw.json', output: 'g.kg.json', neutraliseFormulas: false })).toBe(0);
    expect(parsed(io.text('g.kg.json'))).toEqual(graph);
  });

  it('reports a write that fails in a few words', async () => {
    const run = await runReal(['convert', BUNDLED, path.join(tempDir(), 'no', 'such', 'dir', 'x.kg.json')]);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([expect.stringMatching(/^kg: cannot write .*x\.kg\.json: no such file$/)]);
  });
});
