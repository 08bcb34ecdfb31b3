import type { ActorRef } from '../actorBook';
import { adjectiveOf, organisationRef, stateRef } from '../actorRefs';
import { stateByLabel } from '../gazetteer';
import { ATTACK_NOUNS, WAR_NOUNS } from '../lexicon';
import type { SentenceContext } from './sentenceContext';

/**
 * "Moscow's invasion of Ukraine", "Russian strikes on Ukraine's energy grid", "its attack on Ukraine":
 * one state invades another. A war noun also names the war as an event both states take part in.
 */
export function readArmedAct(sentence: SentenceContext, i: number): number {
  const { tokens, book, mentions, add, fact, wordsAt } = sentence;
  const aggressor = sentence.stateAt(i);
  let k = i + (aggressor?.len ?? 0);
  let aggressorRef: ActorRef | null = aggressor ? stateRef(aggressor.entry) : null;
  if (!aggressor && ['its', 'their'].includes(tokens[i]?.lower ?? '')) {
    // "its attack": the state this sentence named last.
    const previous = [...mentions].reverse().find((m) => m.actor.type === 'state');
    if (!previous) return 0;
    aggressorRef = previous.actor;
    k = i + 1;
  }
  // Only a possessive or an adjective ("Moscow's", "Russian") makes a state the aggressor: a bare name
  // before the noun may end the clause before it.
  if (!aggressorRef || (aggressor && aggressor.form === 'name' && !aggressor.possessive)) return 0;
  const war = wordsAt(k, WAR_NOUNS);
  const attack = war ? null : wordsAt(k, ATTACK_NOUNS);
  const noun = war ?? attack;
  if (!noun) return 0;
  const target = sentence.stateAt(k + noun.len);
  if (!target || target.entry.key === aggressorRef.key.slice(6)) return 0;
  const end = k + noun.len + target.len - 1;
  const source = aggressor ? add(i, i + aggressor.len - 1, aggressorRef) : book.mention(aggressorRef, null);
  const victim = add(k + noun.len, end, stateRef(target.entry));
  const trigger = sentence.span(k, k + noun.len - 1);
  fact('invade', source, victim, trigger);
  if (war) {
    const aggressorEntry = stateByLabel(source.label);
    const label = `${aggressorEntry ? adjectiveOf(aggressorEntry) : source.label} ${war.phrase} ${target.entry.label}`;
    // Keyed by both states, so "the war" later in the article finds this one.
    const event = add(aggressor ? i : k, end, { ...organisationRef(label, null, 'event'), key: `event:war:${source.key}:${victim.key}` });
    fact('participates_in', source, event, trigger);
    fact('participates_in', victim, event, trigger);
  }
  return end + 1 - i;
}
