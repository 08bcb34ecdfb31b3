import type { ActorRef } from '../actorBook';
import { gazetteerRef } from '../actorRefs';
import { keyOf } from '../gazetteer';
import { ORGANISATION_HEADS } from '../lexicon';
import type { SentenceContext } from './sentenceContext';

export interface PersonMatch {
  readonly ref: ActorRef;
  readonly len: number;
}

/**
 * The person named at token i: a known leader from the gazetteer, a surname already met in the
 * article, or a run of capitalised words. Without a title before it, a new name must be tagged as a
 * person by compromise, since a bare capitalised run is as often a place or a body.
 */
export function personAt(sentence: SentenceContext, i: number, afterTitle: boolean): PersonMatch | null {
  const { tokens, text, book } = sentence;
  const g = sentence.gazetteerAt(i);
  if (g && g.hit.entry.type === 'person') return { ref: gazetteerRef(g.hit.entry), len: g.len };
  if (g && g.hit.entry.type !== 'person' && !afterTitle) return null;
  const len = sentence.nameRunAt(i);
  if (len === 0) return null;
  const name = text.slice(tokens[i]!.start, tokens[i + len - 1]!.end);
  if (len === 1) {
    const known = book.personNamed(name);
    if (known) return { ref: known, len };
    if (!afterTitle) return null;
  }
  const taggedPerson = tokens.slice(i, i + len).some((t) => t.tags.has('Person') || t.tags.has('FirstName'));
  if (!afterTitle && !taggedPerson) return null;
  // A run ending in "Forces" or "Department" names a body, even after a title or with a first name in it.
  if (ORGANISATION_HEADS.has(tokens[i + len - 1]!.text)) return null;
  const existing = book.get(`person:${keyOf(name)}`);
  return { ref: existing ?? { key: `person:${keyOf(name)}`, label: name, type: 'person', qid: null, aliases: [], country: null }, len };
}
