import { relationTypeInfo } from '../model/vocabulary';
import type { TimeSpan } from '../model/schema';
import { ActorBook, type ActorRef } from './actorBook';
import { findDates, type DateMention } from './dates';
import { recogniseSentence } from './mentions';
import { readRelations, type Reading } from './relationRules';
import { splitSentences } from './sentences';
import { tokenize, type Token } from './tokens';
import type { ArticleInput, CandidateRelation, ExtractionResult, TextSpan } from './types';

/** Ties that hold over time rather than happen on a date: they take no time from the sentence. */
const TIMELESS = new Set(['head_of', 'member_of', 'ally', 'borders', 'located_in', 'depends_on', 'concerns']);

const idOf = (key: string): string => `cand-a-${key.replace(/^[a-z]+:/, '').replace(/[^a-z0-9-]+/gi, '-').toLowerCase()}`;

/** The date a relation happens: the first one after its trigger in the sentence, else the last before. */
function timeFor(reading: Reading, dates: readonly DateMention[]): TimeSpan | null {
  if (TIMELESS.has(reading.type) || dates.length === 0) return null;
  const after = dates.find((d) => d.span.start >= reading.trigger.end);
  const before = dates.filter((d) => d.span.end <= reading.trigger.start).at(-1);
  return (after ?? before ?? dates[0]!).time;
}

/**
 * Extracts candidate actors and relations from an article, offline and synchronously: sentences,
 * part-of-speech tags (compromise), actors (gazetteer, titles, names), relations from each sentence's
 * verbs and nouns with the sentence as evidence, and dates resolved against the publication date.
 * Pure: runs in a Web Worker and in the CLI alike.
 */
export function extractCandidates(article: ArticleInput): ExtractionResult {
  const text = article.text;
  const sentences = splitSentences(text);
  const tokens = tokenize(text);
  const book = new ActorBook();
  const relations: CandidateRelation[] = [];
  const seen = new Set<string>();
  const recentPeople: ActorRef[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const own: Token[] = [];
    while (cursor < tokens.length && tokens[cursor]!.start < sentence.end) {
      if (tokens[cursor]!.start >= sentence.start) own.push(tokens[cursor]!);
      cursor++;
    }
    if (own.length === 0) continue;
    const { mentions, facts } = recogniseSentence(own, text, book);
    const readings = readRelations({ tokens: own, mentions, facts, text, book, recentPeople });
    const dates = findDates(sentence.text, sentence.start, article.published);
    for (const reading of readings) {
      const info = relationTypeInfo(reading.type);
      if (!info) continue;
      const source = book.get(reading.source.key) ?? reading.source;
      const target = book.get(reading.target.key) ?? reading.target;
      const key = `${reading.type}|${source.key}|${target.key}|${sentence.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      book.mention(source, null);
      book.mention(target, null);
      relations.push({
        id: `cand-r-${relations.length + 1}`,
        type: reading.type,
        source: idOf(source.key),
        target: idOf(target.key),
        directed: reading.directed,
        cameo: info.cameo,
        goldstein: info.goldstein,
        stance: info.stance,
        time: timeFor(reading, dates),
        confidence: reading.confidence,
        evidence: sentence satisfies TextSpan,
        trigger: reading.trigger,
      });
    }
    for (const m of mentions) {
      if (m.actor.type !== 'person') continue;
      const at = recentPeople.findIndex((p) => p.key === m.actor.key);
      if (at >= 0) recentPeople.splice(at, 1);
      recentPeople.push(m.actor);
    }
  }
  return { article, sentences, actors: book.candidates(idOf), relations };
}
