import { describe, expect, it } from 'vitest';
import { parseGraphText } from '../../core/io/nativeFormat';
import { serializeWorkspace } from '../../core/workspace/parseWorkspace';
import { workspaceFromGraph } from '../../core/workspace/workspace';
import { graphStats } from '../graphStats';
import { memoryIo } from '../memoryIo';
import { BUNDLED, bundledText, fixtureText, runReal } from '../testing';
import { stats } from './stats';

describe('stats', () => {
  it('counts the bundled graph exactly', async () => {
    const run = await runReal(['stats', BUNDLED, '--json']);
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]);
    const result = JSON.parse(run.out.join('\n')) as ReturnType<typeof graphStats>;
    expect(result.actors).toBe(21);
    expect(result.relations).toBe(49);
    expect(result.actorsByType.map((t) => [t.type, t.count])).toEqual([
      ['person', 6],
      ['state', 5],
      ['event', 5],
      ['organisation', 2],
      ['group', 1],
      ['document', 1],
      ['place', 1],
    ]);
    expect(result.relationsByStance).toEqual({ cooperative: 18, neutral: 26, conflictual: 5 });
    expect(result.relationsByType.reduce((n, t) => n + t.count, 0)).toBe(49);
    expect(result.relationsByType[0]).toEqual({ type: 'participates_in', label: 'Takes part in', count: 8 });
    expect(result.datedRelations + result.undatedRelations).toBe(49);
  });

  it('prints the same counts as text', async () => {
    const run = await runReal(['stats', BUNDLED]);
    expect(run.code).toBe(0);
    expect(run.out.slice(0, 3)).toEqual(['Belarus, Russia and China: Lukashenko’s state visit (February 2023)', 'actors: 21', 'relations: 49']);
    const block = (title: string) => run.out.slice(run.out.indexOf(title) + 1, run.out.indexOf('', run.out.indexOf(title)));
    expect(block('actors by type')).toEqual([
      '  person        6',
      '  state         5',
      '  event         5',
      '  organisation  2',
      '  group         1',
      '  document      1',
      '  place         1',
    ]);
    expect(block('relations by stance')).toEqual(['  cooperative  18', '  neutral      26', '  conflictual   5']);
    expect(block('relations by type')[0]).toMatch(/^ {2}participates_in +8 {2}Takes part in$/);
  });

  it('counts dates and the time span of a small graph', () => {
    const g = parseGraphText(fixtureText());
    if (!g.ok) throw new Error('fixture');
    const s = graphStats(g.value);
    expect(s).toMatchObject({ datedRelations: 3, undatedRelations: 1, timeSpan: { from: '2020-05-01', to: '2022-01-10' } });
    expect(s.actorsByType.map((t) => t.type)).toEqual(['state', 'person', 'organisation', 'event', 'place']);
    expect(s.relationsByType.map((t) => t.type)).toEqual(['borders', 'invade', 'meet', 'participates_in']);
    expect(s.relationsByStance).toEqual({ cooperative: 1, neutral: 2, conflictual: 1 });
  });

  it('says when nothing is dated and shows unknown relation types by name', async () => {
    const io = memoryIo({
      'g.kg.json': fixtureText((doc) => {
        doc.nodes = doc.nodes.filter((n) => n.type !== 'event');
        doc.edges = [{ id: 'x', source: 'a', target: 'b', type: 'trades_with', stance: 'neutral', confidence: 1 }];
      }),
    });
    expect(await stats(io, 'g.kg.json', { json: false })).toBe(0);
    expect(io.out).toContain('  trades_with  1  trades with');
    expect(io.out.at(-1)).toBe('time span: none (nothing is dated)');
  });

  it('uses the graph of a workspace', async () => {
    const g = parseGraphText(bundledText());
    if (!g.ok) throw new Error('bundled');
    const io = memoryIo({ 's.kgw.json': serializeWorkspace(workspaceFromGraph(g.value, 'belarus-china.kg.json')) });
    expect(await stats(io, 's.kgw.json', { json: true })).toBe(0);
    expect(JSON.parse(io.out.join('\n'))).toMatchObject({ format: 'KG Explorer workspace (.kgw.json)', actors: 21, relations: 49 });
  });

  it('refuses a file with errors', async () => {
    const run = await runReal(['stats', 'missing.kg.json']);
    expect(run).toEqual({ code: 2, out: [], err: ['kg: cannot read missing.kg.json: no such file'] });
    const io = memoryIo({ 'bad.kg.json': '{"format": "kg-explorer-graph", "version": 2,, }' });
    await expect(stats(io, 'bad.kg.json', { json: false })).rejects.toThrow('no stats: bad.kg.json cannot be opened');
    expect(io.err).toEqual([expect.stringMatching(/^error: Not valid JSON at line 1, column 46: /)]);
    expect(io.out).toEqual([]);
  });
});
