import { endsArticle, isBoilerplateLine, isLeadingLabel } from './boilerplate';

/** Sentence-final punctuation: a line ending so is body text, not a headline. */
const SENTENCE_END = /[.!?]["”’)]?$/;

function wordCount(line: string): number {
  return line.trim().split(/\s+/).filter(Boolean).length;
}

/** A headline: several words, not ending like a sentence. */
function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  return wordCount(t) >= 4 && !SENTENCE_END.test(t);
}

/**
 * The article body of a page's text: section labels above the headline, share and "follow us" lines,
 * cookie notices and everything from "Read more" / "Leave a Reply" / "Trending" on are removed; runs
 * of blank lines become one. Characters inside kept lines are untouched (a no-break space stays), so
 * the text of a page that was already clean comes back unchanged.
 */
export function cleanArticleText(raw: string): string {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/[ \t]+$/, ''));
  const kept: string[] = [];
  let started = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const blank = line.trim().length === 0;
    if (!started) {
      if (blank) continue;
      if (isLeadingLabel(line) && looksLikeHeadline(nextContentLine(lines, i + 1))) continue;
      // "Trending" or "Related" above the headline is navigation, not the end of the article.
      if (endsArticle(line)) continue;
    }
    if (!blank && started && endsArticle(line)) break;
    if (!blank && isBoilerplateLine(line)) continue;
    if (blank && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(blank ? '' : line);
    started = true;
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

function nextContentLine(lines: readonly string[], from: number): string {
  for (let i = from; i < lines.length; i++) if (lines[i]!.trim().length > 0) return lines[i]!;
  return '';
}

/** The first non-blank line, without surrounding spaces (including no-break spaces). */
export function firstLine(text: string): string {
  return nextContentLine(text.split('\n'), 0).trim();
}
