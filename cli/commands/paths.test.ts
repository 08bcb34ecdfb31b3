import { describe, expect, it } from 'vitest';
import { runCli } from '../main';
import { memoryIo } from '../memoryIo';
import { bundledText, fixtureText } from '../testing';

async function run(argv: string[], files: Record<string, string> = { 'g.kg.json': bundledText() }) {
  const io = memoryIo(files);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

const SOURCE = '[belarus-china-2023-02-25]';

describe('paths', () => {
  it('prints the shortest paths from China to Ukraine with their evidence', async () => {
    expect(await run(['paths', 'g.kg.json', 'China', 'ukraine'])).toEqual({
      code: 0,
      err: [],
      out: [
        '2 shortest paths from China to Ukraine, 2 relations each:',
        '',
        '1. China —[Strategic partnership]→ Belarus —[Shares a border with]→ Ukraine',
        '   China —[Strategic partnership]→ Belarus',
        `     "Xi and Lukashenko announced an “all-weather” strategic partnership" ${SOURCE}`,
        '     also: Expresses intent to cooperate; Pledges support',
        '   Belarus —[Shares a border with]→ Ukraine',
        `     "Belarus, which shares a border with Ukraine and Russia" ${SOURCE}`,
        '     also: Expresses concern (Ukraine → Belarus)',
        '',
        '2. China —[Issues / releases]→ China’s 12-point position paper —[Appeals to negotiate]→ Ukraine',
        '   China —[Issues / releases]→ China’s 12-point position paper',
        `     "On Friday, China released a 12-point position paper on the conflict" ${SOURCE}`,
        '   China’s 12-point position paper —[Appeals to negotiate]→ Ukraine',
        `     "support Russia and Ukraine in working in the same direction and resuming direct dialogue as quickly as possible." ${SOURCE}`,
      ],
    });
  });

  it('--max lists longer paths too, walking relations backwards where needed, with confidence below 1', async () => {
    const r = await run(['paths', 'g.kg.json', 'china', 'ukraine', '--max', '3']);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('8 paths from China to Ukraine of up to 3 relations:');
    expect(r.out.filter((line) => /^\d+\. /.test(line))).toEqual([
      '1. China —[Strategic partnership]→ Belarus —[Shares a border with]→ Ukraine',
      '2. China —[Issues / releases]→ China’s 12-point position paper —[Appeals to negotiate]→ Ukraine',
      '3. China —[Strategic partnership]→ Belarus —[Depends on]→ Russia —[Invades / attacks]→ Ukraine',
      '4. China —[Issues / releases]→ China’s 12-point position paper —[Appeals to negotiate]→ Russia —[Invades / attacks]→ Ukraine',
      '5. China —[Issues / releases]→ China’s 12-point position paper —[Is about]→ Russian invasion of Ukraine ←[Takes part in]— Ukraine',
      '6. China —[Hosts visit]→ Alexander Lukashenko —[Leads]→ Belarus —[Shares a border with]→ Ukraine',
      '7. China —[Hosts visit]→ Alexander Lukashenko —[Praises or endorses]→ Russia —[Invades / attacks]→ Ukraine',
      '8. China —[Opposes]→ External forces —[Sanctions]→ Belarus —[Shares a border with]→ Ukraine',
    ]);
    const eighth = r.out.slice(r.out.indexOf('8. China —[Opposes]→ External forces —[Sanctions]→ Belarus —[Shares a border with]→ Ukraine'));
    expect(eighth).toEqual([
      '8. China —[Opposes]→ External forces —[Sanctions]→ Belarus —[Shares a border with]→ Ukraine',
      '   China —[Opposes]→ External forces (confidence 0.9)',
      `     "will oppose attempts by “external forces” to interfere in its internal affairs or impose “illegal” unilateral sanctions on Minsk" ${SOURCE}`,
      '   External forces —[Sanctions]→ Belarus (confidence 0.6)',
      `     "impose “illegal” unilateral sanctions on Minsk" ${SOURCE}`,
      '   Belarus —[Shares a border with]→ Ukraine',
      `     "Belarus, which shares a border with Ukraine and Russia" ${SOURCE}`,
      '     also: Expresses concern (Ukraine → Belarus)',
    ]);
  });

  it('--directed follows directions; actors by label in any case', async () => {
    const r = await run(['paths', 'g.kg.json', 'XI JINPING', 'Ukraine', '--directed']);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('4 shortest paths from Xi Jinping to Ukraine, 3 relations each, following directions:');
    expect(r.out.filter((line) => /^\d+\. /.test(line))).toEqual([
      '1. Xi Jinping —[Leads]→ China —[Strategic partnership]→ Belarus —[Shares a border with]→ Ukraine',
      '2. Xi Jinping —[Leads]→ China —[Issues / releases]→ China’s 12-point position paper —[Appeals to negotiate]→ Ukraine',
      '3. Xi Jinping —[Meets at a third location]→ Alexander Lukashenko —[Leads]→ Belarus —[Shares a border with]→ Ukraine',
      '4. Xi Jinping —[Meets at a third location]→ Alexander Lukashenko —[Praises or endorses]→ Russia —[Invades / attacks]→ Ukraine',
    ]);
    // Ignoring directions finds the same four paths (Xi is the subject of all his relations), but a
    // step may then also be carried backwards: Ukraine's concern about Belarus.
    const undirected = await run(['paths', 'g.kg.json', 'xi jinping', 'UKRAINE']);
    expect(undirected.out[0]).toBe('4 shortest paths from Xi Jinping to Ukraine, 3 relations each:');
    expect(undirected.out.filter((line) => !line.includes('also: Expresses concern (Ukraine → Belarus)')).slice(1)).toEqual(r.out.slice(1));
    expect(undirected.out.length - r.out.length).toBe(2);
  });

  it('says when there is no path: exit 1', async () => {
    expect(await run(['paths', 'g.kg.json', 'ukraine', 'xi-jinping', '--directed'])).toEqual({
      code: 1,
      out: [],
      err: ['kg: no path from Ukraine to Xi Jinping, following directions'],
    });
    expect((await run(['paths', 'g.kg.json', 'china', 'ukraine', '--max', '1'])).err).toEqual(['kg: no path from China to Ukraine of up to 1 relation']);
    const island = await run(['paths', 'f.kg.json', 'alpha', 'faraway'], { 'f.kg.json': fixtureText() });
    expect(island).toEqual({ code: 1, out: [], err: ['kg: no path from Alpha to Faraway'] });
  });

  it('refuses unknown, ambiguous and identical actors and a bad --max: exit 2', async () => {
    expect(await run(['paths', 'g.kg.json', 'Minsk', 'ukraine'])).toEqual({ code: 2, out: [], err: ['kg: no actor "Minsk" in this graph'] });
    expect((await run(['paths', 'g.kg.json', 'lukash', 'ukraine'])).err).toEqual([
      'kg: no actor "lukash" in this graph (did you mean Alexander Lukashenko (lukashenko), Lukashenko’s state visit to China (lukashenko-state-visit-china), Xi–Lukashenko meeting in Samarkand (samarkand-meeting)?)',
    ]);
    const twins = fixtureText((doc) => {
      doc.nodes[1]!.label = 'Alpha';
    });
    expect(await run(['paths', 't.kg.json', 'ALPHA', 'c'], { 't.kg.json': twins })).toEqual({
      code: 2,
      out: [],
      err: ['kg: "ALPHA" is ambiguous: it names Alpha (a), Alpha (b); give the id'],
    });
    // An exact id wins over a label that matches too.
    expect((await run(['paths', 't.kg.json', 'a', 'c'], { 't.kg.json': twins })).out[0]).toBe('1 shortest path from Alpha to Gamma, 2 relations:');
    expect((await run(['paths', 'g.kg.json', 'China', 'china'])).err[0]).toBe('kg: FROM and TO are the same actor (China)');
    expect((await run(['paths', 'g.kg.json', 'china', 'ukraine', '--max', '0'])).err[0]).toBe('kg: --max is a whole number of relations, 1 or more, not "0"');
    expect((await run(['paths', 'g.kg.json', 'china'])).err[0]).toBe('kg: paths needs TO');
  });

  it('notes when the list is capped', async () => {
    // A complete graph of 8 actors has 1957 simple paths between two of them.
    const ids = 'abcdefgh'.split('');
    const text = fixtureText((doc) => {
      doc.nodes = ids.map((id) => ({ id, label: id.toUpperCase(), type: 'state' }));
      doc.edges = ids.flatMap((s, i) => ids.slice(i + 1).map((t) => ({ id: `${s}${t}`, source: s, target: t, type: 'meet', stance: 'cooperative' as const, confidence: 1 })));
    });
    const r = await run(['paths', 'k.kg.json', 'a', 'b', '--max', '7'], { 'k.kg.json': text });
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('500 paths from A to B of up to 7 relations:');
    expect(r.err).toEqual(['note: more than 500 paths; the first 500, shortest first, are listed (a smaller --max lists fewer)']);
  });
});
