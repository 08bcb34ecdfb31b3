import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGraphText } from '../../core/io/nativeFormat';
import { serializeWorkspace } from '../../core/workspace/parseWorkspace';
import { workspaceFromGraph } from '../../core/workspace/workspace';
import { BUNDLED, fixtureText, runReal, tempDir } from '../testing';

function file(name: string, text: string): string {
  const p = path.join(tempDir(), name);
  writeFileSync(p, text);
  return p;
}

describe('validate', () => {
  it('exit 0: the bundled graph has no problems', async () => {
    expect(await runReal(['validate', BUNDLED])).toEqual({ code: 0, out: ['ok: 21 actors, 49 relations, no problems'], err: [] });
  });

  it('exit 0 with notes: info items do not count as problems', async () => {
    // Native content under a GraphML name: read as native, with a note.
    const p = file('named-wrong.graphml', fixtureText());
    const run = await runReal(['validate', p]);
    expect(run.code).toBe(0);
    expect(run.err).toEqual(['info: named-wrong.graphml is named as GraphML (.graphml) but contains KG Explorer graph (.kg.json); read as the latter.']);
    expect(run.out).toEqual(['ok: 6 actors, 4 relations, 1 note']);
  });

  it('exit 1: an edge to a missing actor is a warning', async () => {
    const p = file('dangling.kg.json', fixtureText((doc) => void (doc.edges[1]!.source = 'ghost')));
    expect(await runReal(['validate', p])).toEqual({
      code: 1,
      out: ['warnings: 6 actors, 3 relations read, 1 warning'],
      err: ['warning: edges[1].source: no node has id "ghost" — left out'],
    });
  });

  it('exit 2: malformed JSON, with line and column', async () => {
    const p = file('broken.kg.json', '{\n  "format": "kg-explorer-graph",\n  "version": 2,,\n}');
    const run = await runReal(['validate', p]);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([expect.stringMatching(/^error: Not valid JSON at line 3, column 16: /)]);
    expect(run.out).toEqual([`errors: ${p} cannot be opened (1 error)`]);
  });

  it('keeps each report item on one line', async () => {
    // V8 quotes the text around some syntax errors, newline included.
    const run = await runReal(['validate', file('cut.kg.json', '{\n  "format": "kg-explorer-graph",\n  "nodes": [\n}')]);
    expect(run.code).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/^error: Not valid JSON at line \d+, column \d+: /);
    expect(run.err[0]).not.toMatch(/\n/);
  });

  it('exit 2: a file that is not a graph format, and a missing file', async () => {
    const run = await runReal(['validate', file('notes.txt', 'hello')]);
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(/^error: notes\.txt is not a graph format this app reads/);
    expect(await runReal(['validate', 'nope/x.graphml'])).toEqual({ code: 2, out: [], err: ['kg: cannot read nope/x.graphml: no such file'] });
  });

  it('reads a workspace file: its graph, or every problem of it', async () => {
    const graph = parseGraphText(fixtureText());
    if (!graph.ok) throw new Error('fixture');
    const ws = workspaceFromGraph(graph.value, 'fixture.kg.json');
    expect(await runReal(['validate', file('s.kgw.json', serializeWorkspace(ws))])).toEqual({ code: 0, out: ['ok: 6 actors, 4 relations, no problems'], err: [] });
    // Found by content too, whatever the name.
    expect((await runReal(['validate', file('session.json', serializeWorkspace(ws))])).out).toEqual(['ok: 6 actors, 4 relations, no problems']);

    const broken = serializeWorkspace({ ...ws, selection: { kind: 'node', id: 'zz' }, viewport: { zoom: 1, pan: { x: 0, y: 0 } } }).replace('"zoom": 1', '"zoom": -1');
    const run = await runReal(['validate', file('bad.kgw.json', broken)]);
    expect(run.code).toBe(2);
    expect(run.err).toEqual(['error: viewport.zoom: Too small: expected number to be >0']);
  });
});
