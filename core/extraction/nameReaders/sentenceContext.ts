import type { ActorBook, ActorRef } from '../actorBook';
import { lookupPhrase, MAX_PHRASE_WORDS, type GazetteerEntry, type GazetteerHit, type NameForm } from '../gazetteer';
import { NOT_NAMES } from '../lexicon';
import type { Fact, Mention } from '../reading';
import type { Token } from '../tokens';
import type { TextSpan } from '../types';

/** The longest listed phrase found at a token, and how many tokens it covers. */
export interface PhraseMatch {
  readonly phrase: string;
  readonly len: number;
}

export interface GazetteerMatch {
  readonly hit: GazetteerHit;
  readonly len: number;
}

export interface StateMatch {
  readonly entry: GazetteerEntry;
  readonly form: NameForm;
  readonly len: number;
  readonly possessive: boolean;
}

/**
 * One sentence as the name readers see it: its tokens and text, the mentions and facts read so far
 * (shared, because later readers look back at earlier mentions), and the lookups every reader uses.
 * Built once per sentence so the gazetteer lookups are memoised across readers.
 */
export interface SentenceContext {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly book: ActorBook;
  readonly mentions: Mention[];
  readonly facts: Fact[];
  /** The text from token i to token j, both included, with its offsets. */
  span(i: number, j: number): TextSpan;
  /** Records tokens i..j as a mention of `ref` and returns the actor the book merged it into. */
  add(i: number, j: number, ref: ActorRef): ActorRef;
  fact(type: string, source: ActorRef, target: ActorRef, trigger: TextSpan): void;
  /** Longest phrase of `phrases` (lower case, space-separated words) at token i. */
  wordsAt(i: number, phrases: readonly string[]): PhraseMatch | null;
  /** Longest gazetteer name starting at token i (capitalised, not across a possessive or a break). */
  gazetteerAt(i: number): GazetteerMatch | null;
  stateAt(i: number): StateMatch | null;
  /** Length of the run of capitalised words at i that can be a name, stopping after punctuation or a possessive. */
  nameRunAt(i: number): number;
}

/** A reader tries to read a name at token i: the number of tokens it used, 0 when it reads nothing there. */
export type NameReader = (sentence: SentenceContext, i: number) => number;

export const isCapitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);
const BREAKS = /[,;:.!?)]|[”"]$/;

export function createSentenceContext(tokens: readonly Token[], text: string, book: ActorBook): SentenceContext {
  const mentions: Mention[] = [];
  const facts: Fact[] = [];
  const span = (i: number, j: number): TextSpan => ({ start: tokens[i]!.start, end: tokens[j]!.end, text: text.slice(tokens[i]!.start, tokens[j]!.end) });
  const add = (i: number, j: number, ref: ActorRef): ActorRef => {
    const s = span(i, j);
    const actor = book.mention(ref, s);
    mentions.push({ first: i, last: j, span: s, actor, possessive: tokens[j]!.possessive });
    return actor;
  };
  const fact = (type: string, source: ActorRef, target: ActorRef, trigger: TextSpan): void => {
    facts.push({ type, source, target, trigger });
  };

  const wordsAt = (i: number, phrases: readonly string[]): PhraseMatch | null => {
    let best: PhraseMatch | null = null;
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      if (best && words.length <= best.len) continue;
      if (words.every((w, k) => tokens[i + k]?.lower === w && (k === words.length - 1 || !tokens[i + k]!.possessive))) best = { phrase, len: words.length };
    }
    return best;
  };

  const gazetteerLookup = (i: number): GazetteerMatch | null => {
    if (!isCapitalised(tokens[i])) return null;
    for (let len = Math.min(MAX_PHRASE_WORDS, tokens.length - i); len >= 1; len--) {
      const inner = tokens.slice(i, i + len - 1);
      if (inner.some((t) => t.possessive || (BREAKS.test(t.post) && t.post !== '.'))) continue;
      const hit = lookupPhrase(text.slice(tokens[i]!.start, tokens[i + len - 1]!.end));
      if (hit) return { hit, len };
    }
    return null;
  };
  // Several readers try the same token in turn; the lookup tries up to seven phrase lengths each time.
  const gazetteerMemo = new Map<number, GazetteerMatch | null>();
  const gazetteerAt = (i: number): GazetteerMatch | null => {
    if (!gazetteerMemo.has(i)) gazetteerMemo.set(i, gazetteerLookup(i));
    return gazetteerMemo.get(i)!;
  };
  const stateAt = (i: number): StateMatch | null => {
    const g = gazetteerAt(i);
    return g && g.hit.entry.type === 'state' ? { entry: g.hit.entry, form: g.hit.form, len: g.len, possessive: tokens[i + g.len - 1]!.possessive } : null;
  };

  const nameRunAt = (i: number): number => {
    let len = 0;
    while (isCapitalised(tokens[i + len]) && !NOT_NAMES.has(tokens[i + len]!.text)) {
      const t = tokens[i + len]!;
      len++;
      if (t.possessive || (t.post !== '' && t.post !== '-')) break;
    }
    return len;
  };

  return { tokens, text, book, mentions, facts, span, add, fact, wordsAt, gazetteerAt, stateAt, nameRunAt };
}
