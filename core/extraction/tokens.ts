import nlp from 'compromise';

/** A word of the article with compromise's part-of-speech tags and lemma. */
export interface Token {
  /** Surface form without a possessive "’s". */
  readonly text: string;
  /** Offsets into the article text (the possessive excluded). */
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  /** Verb infinitive or noun singular where compromise knows it, otherwise the lower-case form. */
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
  readonly normal: string;
  readonly root?: string;
  readonly tags: readonly string[];
  readonly offset: { readonly start: number; readonly length: number };
}

interface SentenceJson {
  readonly terms: readonly TermJson[];
}

const POSSESSIVE = /['’]s$/;

/**
 * Tags the whole article once with compromise (part of speech, verb lemmas, person names) and returns
 * its words in order. Offsets are compromise's, which index the string it was given.
 */
export function tokenize(text: string): Token[] {
  const doc = nlp(text);
  doc.compute('root');
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
        lemma: (term.root ?? term.normal).replace(/['’]s$/, '').toLowerCase(),
        tags: new Set(term.tags),
        possessive,
        post: term.post.trim(),
        pre: term.pre.trim(),
      });
    }
  }
  return tokens;
}
