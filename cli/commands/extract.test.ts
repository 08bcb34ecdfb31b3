import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReal, tempDir } from '../testing';

interface Printed {
  article: { title: string; published: string | null; sentences: number };
  actors: Array<{ id: string; label: string; type: string; qid: string | null; mentions: Array<{ start: number; end: number; text: string }> }>;
  relations: Array<{
    type: string;
    cameo: string | null;
    stance: string;
    goldstein: number | null;
    source: { id: string; label: string };
    target: { id: string; label: string };
    time: { start: string; precision: string; text?: string } | null;
    quote: string;
    start: number;
    end: number;
  }>;
}

const TEXT = [
  'Scholz in Paris',
  '',
  'French President Emmanuel Macron met German Chancellor Olaf Scholz on Tuesday.',
  'Berlin will continue to support Kyiv, the chancellor said.',
].join('\n');

function articleFile(text: string, name = 'article.txt'): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, text);
  return file;
}

describe('extract', () => {
  it('prints the candidates of a .txt article as JSON, dates resolved against --date', async () => {
    const run = await runReal(['extract', articleFile(TEXT), '--date', '2024-05-15']);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.out.join('\n')) as Printed;
    expect(printed.article).toMatchObject({ title: 'Scholz in Paris', published: '2024-05-15', sentences: 3 });
    // In order of first mention: the title line is part of the text.
    expect(printed.actors.map((a) => `${a.type}:${a.label}`)).toEqual([
      'person:Olaf Scholz',
      'state:France',
      'person:Emmanuel Macron',
      'state:Germany',
      'state:Ukraine',
    ]);
    expect(printed.actors.find((a) => a.label === 'France')!.mentions.map((m) => m.text)).toEqual(['Paris', 'French']);
    expect(printed.actors.find((a) => a.label === 'Germany')).toMatchObject({ qid: 'Q183' });
    expect(printed.actors.find((a) => a.label === 'Germany')!.mentions.map((m) => m.text)).toEqual(['German', 'Berlin']);
    const rows = printed.relations.map((r) => `${r.source.label} ${r.type} ${r.target.label}`);
    expect(rows).toEqual([
      'Emmanuel Macron head_of France',
      'Olaf Scholz head_of Germany',
      'Emmanuel Macron meet Olaf Scholz',
      'Germany pledge_support Ukraine',
    ]);
    const meet = printed.relations[2]!;
    expect(meet).toMatchObject({ cameo: '044', stance: 'cooperative', goldstein: 2.5, time: { start: '2024-05-14', precision: 'day', text: 'on Tuesday' } });
    expect(TEXT.slice(meet.start, meet.end)).toBe(meet.quote);
    expect(meet.quote).toBe('French President Emmanuel Macron met German Chancellor Olaf Scholz on Tuesday.');
    expect(printed.relations[3]).toMatchObject({ cameo: '032', source: { label: 'Germany' }, target: { label: 'Ukraine' }, time: null });
  });

  it('leaves relative dates unresolved without a publication date', async () => {
    const run = await runReal(['extract', articleFile(TEXT)]);
    const printed = JSON.parse(run.out.join('\n')) as Printed;
    expect(printed.article.published).toBeNull();
    expect(printed.relations.find((r) => r.type === 'meet')!.time).toBeNull();
  });

  it('refuses a date that is not one, and a file that does not exist', async () => {
    const bad = await runReal(['extract', articleFile(TEXT), '--date', '25/02/2023']);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toBe('kg: extract --date must be a date like 2023-02-25, not "25/02/2023"');
    const missing = await runReal(['extract', path.join(tempDir(), 'none.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/^kg: cannot read .*none\.txt: no such file$/);
  });
});
