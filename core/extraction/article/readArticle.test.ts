import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from './readArticle';

const fixture = (name: string) => readFileSync(new URL(`../../../data/extraction-fixtures/${name}`, import.meta.url), 'utf8');
const CLEANED = readFileSync(new URL('../../../data/belarus-china-article.txt', import.meta.url), 'utf8');

describe('readArticle: the bundled article as copied from the web page', () => {
  const article = readArticle('belarus-china-article.txt', fixture('belarus-china-article.raw.txt'));

  it('keeps the article body exactly as the curated text has it', () => {
    // The curated text (whose offsets the bundled graph's evidence uses) keeps the page's
    // "Read more:" list of three related headlines; the reader cuts it as boilerplate. Apart from
    // that tail the two are identical, character for character, so evidence offsets coincide.
    const readMore = CLEANED.indexOf('\nRead more:');
    expect(readMore).toBe(1801);
    expect(article.text).toBe(CLEANED.slice(0, readMore));
    expect(CLEANED.slice(readMore)).toBe(
      '\nRead more:\n\nBelarus to form 100,000-150,000 strong volunteer military force\n\n' +
        'Belarus will fight alongside ally Russia only if attacked: President\n\n' +
        'Russia welcomes China peace plan, says it is open to talks\n',
    );
  });

  it('drops the section label, the promotion line and everything from "Read more" on', () => {
    expect(article.text.startsWith('Belarus president Lukashenko')).toBe(true);
    for (const gone of ['World', 'Google News', 'Leave a Reply', 'Your email address', 'Trending', 'Exit mobile version', 'Read more']) {
      expect(article.text).not.toContain(gone);
    }
    expect(article.text.endsWith('resuming direct dialogue as quickly as possible.”')).toBe(true);
  });

  it('takes the headline as title, without its trailing no-break space; plain text has no date', () => {
    expect(article.title).toBe('Belarus president Lukashenko, close ally of Russia’s Putin, to visit China');
    expect(article.published).toBeNull();
    expect(article.url).toBeNull();
  });

  it('gives back an already clean text unchanged (minus the related-links tail)', () => {
    expect(readArticle('pasted.txt', article.text).text).toBe(article.text);
  });
});

describe('readArticle: HTML', () => {
  const article = readArticle('minsk-hanoi.html', fixture('minsk-hanoi.html'));

  it('reads the story inside <article> as paragraphs, without page furniture, bylines, scripts or styles', () => {
    expect(article.text).toBe(
      'Minsk and Hanoi sign trade pact\n\n' +
        'Belarus and Vietnam signed a trade agreement in Hanoi on Thursday, the Belarusian foreign ministry said.\n\n' +
        'President Alexander Lukashenko welcomed the deal & praised Vietnamese Prime Minister Pham Minh Chinh.\n\n' +
        'The two sides will meet again in September.\nTalks are planned in Minsk.',
    );
    for (const gone of ['SCRIPT TEXT', 'STYLE TEXT', 'cookies', 'Share on', 'Related', 'Leave a Reply', 'Trending', 'All rights reserved']) {
      expect(article.text).not.toContain(gone);
    }
  });

  it('takes title, date (article:published_time, as the local date), address and outlet from the head', () => {
    expect(article.title).toBe('Minsk and Hanoi sign trade pact');
    expect(article.published).toBe('2024-03-14');
    expect(article.url).toBe('https://wire.example/2024/03/minsk-hanoi');
    expect(article.outlet).toBe('Example Wire');
  });

  it('falls back to JSON-LD datePublished, then <time datetime>; <title> and <h1> for the title', () => {
    const jsonLd = readArticle(
      'a.htm',
      '<html><head><title>Page title</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2022-09-15T10:00:00+05:00"}]}</script></head><body><p>Xi met Lukashenko.</p></body></html>',
    );
    expect(jsonLd.published).toBe('2022-09-15');
    expect(jsonLd.title).toBe('Page title');
    expect(jsonLd.text).toBe('Xi met Lukashenko.');
    const time = readArticle('b.html', '<body><main><h1>Heading one</h1><p>On <time datetime="2023-02">February</time>, talks began.</p></main></body>');
    expect(time.published).toBe('2023-02');
    expect(time.title).toBe('Heading one');
    expect(time.text).toBe('Heading one\n\nOn February, talks began.');
  });

  it('survives broken markup and a broken JSON-LD block; pasted page source is read as HTML', () => {
    const broken = readArticle('pasted.txt', '<!DOCTYPE html><html><head><script type="application/ld+json">{not json</script></head><body><p>Open <b>paragraph<p>Second');
    expect(broken.text).toBe('Open paragraph\n\nSecond');
    expect(broken.published).toBeNull();
  });
});

describe('readArticle: Markdown', () => {
  const article = readArticle('vientiane-visit.md', fixture('vientiane-visit.md'));

  it('strips the markup: headings, emphasis, links keep their text, images and the related list go', () => {
    expect(article.text).toBe(
      'Lukashenko visits Laos\n\n' +
        'Belarusian President Alexander Lukashenko met Lao President Thongloun Sisoulith in Vientiane on Monday.\n\n' +
        '"We are old friends," Lukashenko said.\n\n' +
        'Trade was discussed.\n\n' +
        'Education was discussed too.',
    );
  });

  it('takes the first heading as title; no date unless front matter gives one', () => {
    expect(article.title).toBe('Lukashenko visits Laos');
    expect(article.published).toBeNull();
    const withFrontMatter = readArticle('note.md', '---\ntitle: "From front matter"\ndate: 2024-05-01\n---\n\nBeijing hosted the talks.\n');
    expect(withFrontMatter.title).toBe('From front matter');
    expect(withFrontMatter.published).toBe('2024-05-01');
    expect(withFrontMatter.text).toBe('Beijing hosted the talks.');
  });
});
