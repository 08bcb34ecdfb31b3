import { describe, expect, it } from 'vitest';
import RAW from '../../data/extraction-fixtures/belarus-china-article.raw.txt?raw';
import { handlers } from './handlers';

describe('worker calls for articles', () => {
  it('read-article strips the page and finds no date in plain text', async () => {
    const article = await handlers['read-article']({ fileName: 'belarus.txt', content: RAW });
    expect(article.title).toBe('Belarus president Lukashenko, close ally of Russia’s Putin, to visit China');
    expect(article.published).toBeNull();
    expect(article.text).not.toContain('Leave a Reply');
  });

  it('extract reads the article, dates it with the analyst’s date and returns candidates whose quotes sit at their offsets', async () => {
    const result = await handlers.extract({ fileName: 'belarus.txt', content: RAW, published: '2023-02-25' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article, actors, relations } = result.value;
    expect(article.published).toBe('2023-02-25');
    expect(article.text.startsWith('Belarus president Lukashenko')).toBe(true);
    expect(actors.map((a) => a.label)).toContain('Alexander Lukashenko');
    expect(relations.length).toBeGreaterThan(0);
    for (const r of relations) expect(article.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
  });

  it('extract refuses a text that is nothing but page furniture', () => {
    expect(handlers.extract({ fileName: 'pasted.txt', content: 'Share this:\nLeave a Reply\nTrending', published: '2024-01-01' })).toEqual({
      ok: false,
      error: 'Nothing is left of this text once the page furniture is removed.',
    });
  });
});
