import { describe, expect, it } from 'vitest';
import { runCli } from '../main';
import { memoryIo } from '../memoryIo';
import { bundledText, fixtureText } from '../testing';

async function run(argv: string[], files: Record<string, string> = { 'g.kg.json': bundledText() }) {
  const io = memoryIo(files);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('metrics', () => {
  it('prints one CSV row per actor of the bundled graph (values checked against NetworkX in core/analysis)', async () => {
    const r = await run(['metrics', 'g.kg.json']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual(['note: NetworkX Graph values; 4 Louvain communities, modularity 0.414859']);
    expect(r.out).toEqual([
      'id,label,degree_in,degree_out,degree,betweenness,closeness,pagerank,community',
      'china,China,5,4,7,0.227544,0.555556,0.080091,3',
      'belarus,Belarus,6,4,7,0.279561,0.540541,0.084557,3',
      'russia,Russia,4,5,7,0.158772,0.5,0.080894,2',
      'ukraine,Ukraine,3,2,4,0.018421,0.408163,0.047745,2',
      'uzbekistan,Uzbekistan,1,0,1,0,0.232558,0.024397,0',
      'lukashenko,Alexander Lukashenko,2,6,7,0.302719,0.555556,0.081812,0',
      'putin,Vladimir Putin,1,1,2,0,0.4,0.0269,0',
      'xi-jinping,Xi Jinping,0,4,4,0.054737,0.454545,0.049668,0',
      'qin-gang,Qin Gang,0,3,3,0.006579,0.338983,0.040622,1',
      'sergei-aleinik,Sergei Aleinik,1,2,3,0.074737,0.4,0.04043,1',
      'hua-chunying,Hua Chunying,0,2,2,0,0.344828,0.027805,1',
      'chinese-foreign-ministry,Chinese foreign ministry,2,3,5,0.128772,0.425532,0.061852,1',
      'belarus-volunteer-force,Belarusian volunteer military force,1,0,1,0,0.357143,0.017411,3',
      'external-forces,External forces,1,1,2,0,0.4,0.027136,3',
      'position-paper,China’s 12-point position paper,2,4,5,0.069737,0.434783,0.05881,2',
      'samarkand,Samarkand,1,1,2,0.1,0.298507,0.040602,0',
      'lukashenko-state-visit-china,Lukashenko’s state visit to China,4,1,5,0.103421,0.465116,0.059688,1',
      'qin-aleinik-phone-call,Qin–Aleinik phone call,3,0,3,0.006579,0.338983,0.040622,1',
      'samarkand-meeting,Xi–Lukashenko meeting in Samarkand,2,1,3,0.189474,0.4,0.044885,0',
      'russia-ukraine-war,Russian invasion of Ukraine,3,0,3,0,0.363636,0.037109,2',
      'peace-talks,Russia–Ukraine peace talks,2,0,2,0,0.357143,0.026963,2',
    ]);
  });

  it('JSON keeps full precision; --directed gives the DiGraph values', async () => {
    const r = await run(['metrics', 'g.kg.json', '--format', 'json', '--directed']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    const doc = JSON.parse(r.out.join('\n')) as { graphType: string; communities: number; modularity: number; actors: Record<string, unknown>[] };
    expect(doc).toMatchObject({ file: 'g.kg.json', graphType: 'DiGraph', communities: 4 });
    expect(doc.modularity).toBeCloseTo(0.385847, 6);
    expect(doc.actors).toHaveLength(21);
    expect(Object.keys(doc.actors[0]!)).toEqual(['id', 'label', 'degree_in', 'degree_out', 'degree', 'betweenness', 'closeness', 'pagerank', 'community']);
    expect(doc.actors[1]).toMatchObject({ id: 'belarus', degree_in: 6, degree_out: 4, degree: 10, community: 0 });
    expect(doc.actors[1]!.betweenness).toBeCloseTo(0.209211, 6);
    expect(String(doc.actors[1]!.betweenness).length).toBeGreaterThan(10);
    expect((await run(['metrics', 'g.kg.json', '--format=json'])).out.join('\n')).toContain('"graphType": "Graph"');
  });

  it('quotes CSV cells that need it', async () => {
    const files = { 'f.kg.json': fixtureText((doc) => void (doc.nodes[0]!.label = 'Alpha, "the first"')) };
    const r = await run(['metrics', 'f.kg.json'], files);
    expect(r.out[1]).toMatch(/^a,"Alpha, ""the first""",0,2,2,/);
  });

  it('refuses a bad --format and a file with errors', async () => {
    expect(await run(['metrics', 'g.kg.json', '--format', 'xml'])).toEqual({
      code: 2,
      out: [],
      err: ['kg: --format is csv or json, not "xml"', 'Usage: kg-explorer metrics FILE [--format csv|json] [--directed]', 'Run "kg-explorer metrics --help" for details.'],
    });
    expect((await run(['metrics', 'g.kg.json', '--format'])).err[0]).toBe('kg: metrics --format needs a value (csv|json)');
    const bad = await run(['metrics', 'bad.kg.json'], { 'bad.kg.json': '{' });
    expect(bad.code).toBe(2);
    expect(bad.err.at(-1)).toBe('kg: no metrics: bad.kg.json cannot be opened');
  });
});
