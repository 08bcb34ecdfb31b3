import type { ActorBook, ActorRef } from './actorBook';
import { keyOf, stateByLabel } from './gazetteer';
import { ATTACK_NOUNS, CALL_EVENTS, TALKS_EVENTS, VISIT_EVENTS, WAR_ANAPHORS, WAR_NOUNS } from './lexicon';
import type { Token } from './tokens';
import { adjectiveOf, gazetteerRef, organisationRef, stateRef } from './actorRefs';
import type { SentenceReading } from './reading';
import { createSentenceContext, isCapitalised } from './nameReaders/sentenceContext';
import { personAt as readPersonAt } from './nameReaders/personName';
import { readAppositiveLeader, readTitledPerson } from './nameReaders/people';
import { readGroup, readNamedBody, readNationalBody } from './nameReaders/bodies';
import { readDocument } from './nameReaders/documents';

/**
 * Reads one sentence's actors: gazetteer names (states by name, capital or demonym; organisations;
 * known leaders), people named after a title or by a name compromise tags as a person, national bodies
 * ("the Chinese foreign ministry"), documents, events (visits, calls, wars, talks, summits) and places.
 * Titles and possessives also give facts: head_of, member_of, located_in, invade, issues.
 */
export function recogniseSentence(tokens: readonly Token[], text: string, book: ActorBook): SentenceReading {
  const sentence = createSentenceContext(tokens, text, book);
  const { mentions, facts, span, add, fact, wordsAt, gazetteerAt, stateAt, nameRunAt } = sentence;
  const personAt = (i: number, afterTitle: boolean) => readPersonAt(sentence, i, afterTitle);

  const titledPerson = (i: number) => readTitledPerson(sentence, i);
  const appositiveLeader = (i: number) => readAppositiveLeader(sentence, i);

  const nationalBody = (i: number) => readNationalBody(sentence, i);
  const namedBody = (i: number) => readNamedBody(sentence, i);
  const documentAt = (i: number) => readDocument(sentence, i);

  /** "Moscow's invasion of Ukraine", "Russian strikes on Ukraine's energy grid", "its attack on Ukraine". */
  const armedActAt = (i: number): number => {
    const aggressor = stateAt(i);
    let k = i + (aggressor?.len ?? 0);
    let aggressorRef: ActorRef | null = aggressor ? stateRef(aggressor.entry) : null;
    if (!aggressor && ['its', 'their'].includes(tokens[i]?.lower ?? '')) {
      const previous = [...mentions].reverse().find((m) => m.actor.type === 'state');
      if (!previous) return 0;
      aggressorRef = previous.actor;
      k = i + 1;
    }
    if (!aggressorRef || (aggressor && aggressor.form === 'name' && !aggressor.possessive)) return 0;
    const war = wordsAt(k, WAR_NOUNS);
    const attack = war ? null : wordsAt(k, ATTACK_NOUNS);
    const noun = war ?? attack;
    if (!noun) return 0;
    const target = stateAt(k + noun.len);
    if (!target || target.entry.key === aggressorRef.key.slice(6)) return 0;
    const end = k + noun.len + target.len - 1;
    const source = aggressor ? add(i, i + aggressor.len - 1, aggressorRef) : book.mention(aggressorRef, null);
    const victim = add(k + noun.len, end, stateRef(target.entry));
    const trigger = span(k, k + noun.len - 1);
    fact('invade', source, victim, trigger);
    if (war) {
      const aggressorEntry = stateByLabel(source.label);
      const label = `${aggressorEntry ? adjectiveOf(aggressorEntry) : source.label} ${war.phrase} ${target.entry.label}`;
      const event = add(aggressor ? i : k, end, { ...organisationRef(label, null, 'event'), key: `event:war:${source.key}:${victim.key}` });
      fact('participates_in', source, event, trigger);
      fact('participates_in', victim, event, trigger);
    }
    return end + 1 - i;
  };

  const eventAt = (i: number): number => {
    const warAnaphor = wordsAt(i, WAR_ANAPHORS) ?? (stateAt(i) && wordsAt(i + stateAt(i)!.len, ['crisis', 'war']) ? { phrase: '', len: stateAt(i)!.len + 1 } : null);
    if (warAnaphor) {
      const war = book.ofType('event').filter((e) => e.key.startsWith('event:war:')).at(-1);
      if (!war) return 0;
      add(i, i + warAnaphor.len - 1, war);
      return warAnaphor.len;
    }
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
      add(i, i + call.len - 1, { ...organisationRef(call.phrase, null, 'event'), key: `event:call:${tokens[i]!.start}` });
      return call.len;
    }
    if (tokens[i]?.lower === 'summit') {
      let end = i;
      let host: ActorRef | null = null;
      if (tokens[i + 1]?.lower === 'of') {
        const k = tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2;
        const g = gazetteerAt(k);
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
      const actor = book.mention({ ...organisationRef(label, null, 'event'), key: `event:${keyOf(label)}` }, span(first, end));
      mentions.push({ first, last: end, span: span(first, end), actor, possessive: false });
      return end + 1 - i;
    }
    return 0;
  };

  /** "the Uzbek city of Samarkand" */
  const cityAt = (i: number): number => {
    const owner = stateAt(i);
    if (!owner || owner.form !== 'demonym' || tokens[i + owner.len]?.lower !== 'city' || tokens[i + owner.len + 1]?.lower !== 'of') return 0;
    const k = i + owner.len + 2;
    const len = nameRunAt(k);
    if (len === 0) return 0;
    const state = add(i, i + owner.len - 1, stateRef(owner.entry));
    const place = add(k, k + len - 1, organisationRef(text.slice(tokens[k]!.start, tokens[k + len - 1]!.end), null, 'place'));
    fact('located_in', place, state, span(i + owner.len, i + owner.len + 1));
    return k + len - i;
  };

  const groupAt = (i: number) => readGroup(sentence, i);

  const plainAt = (i: number): number => {
    const g = gazetteerAt(i);
    if (g) {
      add(i, i + g.len - 1, gazetteerRef(g.hit.entry));
      return g.len;
    }
    const person = personAt(i, false);
    if (person) {
      add(i, i + person.len - 1, person.ref);
      return person.len;
    }
    return 0;
  };

  const readers = [appositiveLeader, titledPerson, nationalBody, documentAt, armedActAt, cityAt, namedBody, eventAt, groupAt, plainAt];
  for (let i = 0; i < tokens.length; ) {
    let used = 0;
    for (const read of readers) {
      used = read(i);
      if (used > 0) break;
    }
    i += Math.max(used, 1);
  }
  mentions.sort((a, b) => a.first - b.first || b.last - a.last);
  return { mentions, facts };
}
