import nlp from 'compromise';
import { isKnownLemma, lemmaOf } from './lemma';

/** A word of the article with compromise's part-of-speech tags and lemma. */
export interface Token {
  /** Surface form without a possessive "’s". */
  readonly text: string;
  /** Offsets into the article text (the possessive excluded). */
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  /** Base form of the words the relation rules know ("backed" → "back"), otherwise the lower-case form. */
  readonly lemma: string;
  readonly tags: ReadonlySet<string>;
  readonly possessive: boolean;
  /** Punctuation written right after the word ("," "." "”"). */
  readonly post: string;
  /** Punctuation written right before it ("“"). */
  readonly pre: string;
}

interface TermJson {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: readonly string[];
  readonly offset: { readonly start: number; readonly length: number };
}

interface SentenceJson {
  readonly terms: readonly TermJson[];
}

const POSSESSIVE = /['’]s$/;

/**
 * Splits the article into words with compromise's tokenizer and its lexicon's tags (first names,
 * demonyms, common verbs and adjectives) — not the full tagger, which is ~5× slower and adds nothing the
 * rules use. Offsets are compromise's, which index the string it was given.
 */
export function tokenize(text: string): Token[] {
  const doc = nlp.tokenize(text);
  doc.compute('lexicon');
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as SentenceJson[];
  const tokens: Token[] = [];
  for (const sentence of sentences) {
    for (const term of sentence.terms) {
      const possessive = POSSESSIVE.test(term.text) || term.tags.includes('Possessive');
      const surface = POSSESSIVE.test(term.text) ? term.text.slice(0, -2) : term.text;
      const start = term.offset.start;
      const end = start + surface.length;
      if (surface.length === 0 || text.slice(start, end) !== surface) continue;
      tokens.push({
        text: surface,
        start,
        end,
        lower: surface.toLowerCase(),
        lemma: lemmaOf(surface),
        tags: new Set(term.tags),
        possessive,
        post: term.post.trim(),
        pre: term.pre.trim(),
      });
    }
  }
  return tokens;
}

/** A verb by compromise's lexicon, or an inflected form of a verb the rules know ("invited"). */
export function looksLikeVerb(t: Token): boolean {
  return t.tags.has('Verb') || (isKnownLemma(t.lemma) && t.lemma !== t.lower && /(ed|es|s|d)$/.test(t.lower));
}
