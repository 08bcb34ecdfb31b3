import type { ActorBook } from './actorBook';
import { readArmedAct } from './nameReaders/armedActs';
import { readGroup, readNamedBody, readNationalBody } from './nameReaders/bodies';
import { readDocument } from './nameReaders/documents';
import { readEvent } from './nameReaders/events';
import { readAppositiveLeader, readTitledPerson } from './nameReaders/people';
import { readCity } from './nameReaders/places';
import { readPlainName } from './nameReaders/plainNames';
import { createSentenceContext, type NameReader } from './nameReaders/sentenceContext';
import type { SentenceReading } from './reading';
import type { Token } from './tokens';

/**
 * The readers in the order they are tried at each token; the first that reads something wins. Longer,
 * more telling phrases come first: "Moussa Faki Mahamat, chairperson of …" before the titled person,
 * "the Chinese foreign ministry" or "Moscow's invasion of Ukraine" before the state alone, and plain
 * gazetteer or person names last, when nothing around them said more.
 */
const READERS: readonly NameReader[] = [
  readAppositiveLeader,
  readTitledPerson,
  readNationalBody,
  readDocument,
  readArmedAct,
  readCity,
  readNamedBody,
  readEvent,
  readGroup,
  readPlainName,
];

/**
 * Reads one sentence's actors: gazetteer names (states by name, capital or demonym; organisations;
 * known leaders), people named after a title or by a name compromise tags as a person, national bodies
 * ("the Chinese foreign ministry"), documents, events (visits, calls, wars, talks, summits) and places.
 * Titles and possessives also give facts: head_of, member_of, located_in, invade, issues.
 */
export function recogniseSentence(tokens: readonly Token[], text: string, book: ActorBook): SentenceReading {
  const sentence = createSentenceContext(tokens, text, book);
  for (let i = 0; i < tokens.length; ) {
    let used = 0;
    for (const read of READERS) {
      used = read(sentence, i);
      if (used > 0) break;
    }
    i += Math.max(used, 1);
  }
  const { mentions, facts } = sentence;
  mentions.sort((a, b) => a.first - b.first || b.last - a.last);
  return { mentions, facts };
}
