import type { ActorRef } from '../actorBook';
import { gazetteerRef, organisationRef } from '../actorRefs';
import { keyOf } from '../gazetteer';
import { CALL_EVENTS, TALKS_EVENTS, VISIT_EVENTS, WAR_ANAPHORS } from '../lexicon';
import { isCapitalised, type PhraseMatch, type SentenceContext } from './sentenceContext';

/** "the war", "the Ukraine crisis": a reference back to the war the article named last. */
function warAnaphorAt(sentence: SentenceContext, i: number): PhraseMatch | null {
  const { stateAt, wordsAt } = sentence;
  return wordsAt(i, WAR_ANAPHORS) ?? (stateAt(i) && wordsAt(i + stateAt(i)!.len, ['crisis', 'war']) ? { phrase: '', len: stateAt(i)!.len + 1 } : null);
}

/** "the summit of the African Union", "African Union summit": the summit takes its host's name. */
function readSummit(sentence: SentenceContext, i: number): number {
  const { tokens, book, mentions, add, span } = sentence;
  let end = i;
  let host: ActorRef | null = null;
  if (tokens[i + 1]?.lower === 'of') {
    const k = tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2;
    const g = sentence.gazetteerAt(k);
    if (g && g.hit.entry.type === 'organisation') {
      host = add(k, k + g.len - 1, gazetteerRef(g.hit.entry));
      end = k + g.len - 1;
    }
  }
  // "African Union summit": the body named just before.
  const before = mentions.find((m) => m.last === i - 1 && m.actor.type === 'organisation');
  if (!host && before) host = before.actor;
  const label = host ? `${host.label} summit` : 'summit';
  const first = before && host === before.actor ? before.first : i;
  // Recorded by hand, not through add: this mention is never possessive, even at "summit's".
  const actor = book.mention({ ...organisationRef(label, null, 'event'), key: `event:${keyOf(label)}` }, span(first, end));
  mentions.push({ first, last: end, span: span(first, end), actor, possessive: false });
  return end + 1 - i;
}

/** Events named by a noun: wars referred back to, talks, visits, calls and summits. */
export function readEvent(sentence: SentenceContext, i: number): number {
  const { tokens, text, book, add, wordsAt } = sentence;
  const warAnaphor = warAnaphorAt(sentence, i);
  if (warAnaphor) {
    const war = book.ofType('event').filter((e) => e.key.startsWith('event:war:')).at(-1);
    if (!war) return 0;
    add(i, i + warAnaphor.len - 1, war);
    return warAnaphor.len;
  }
  // "peace talks", "bilateral talks": one talks event per article, whatever the adjective.
  const adjective = tokens[i]?.tags.has('Adjective') && !isCapitalised(tokens[i]) ? 1 : 0;
  const talks = wordsAt(i + adjective, TALKS_EVENTS);
  if (talks) {
    const existing = book.get('event:talks');
    add(i, i + adjective + talks.len - 1, existing ?? { ...organisationRef(text.slice(tokens[i]!.start, tokens[i + adjective + talks.len - 1]!.end), null, 'event'), key: 'event:talks' });
    return adjective + talks.len;
  }
  const visit = wordsAt(i, VISIT_EVENTS);
  if (visit) {
    add(i, i + visit.len - 1, { ...organisationRef(visit.phrase, null, 'event'), key: `event:${keyOf(visit.phrase)}` });
    return visit.len;
  }
  const call = wordsAt(i, CALL_EVENTS);
  if (call) {
    // Each call is its own event: keyed by where it is named.
    add(i, i + call.len - 1, { ...organisationRef(call.phrase, null, 'event'), key: `event:call:${tokens[i]!.start}` });
    return call.len;
  }
  return tokens[i]?.lower === 'summit' ? readSummit(sentence, i) : 0;
}
