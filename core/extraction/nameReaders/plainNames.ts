import { gazetteerRef } from '../actorRefs';
import { personAt } from './personName';
import type { SentenceContext } from './sentenceContext';

/**
 * The fallback when no phrase around it said more: a name the gazetteer knows (state, capital,
 * demonym, organisation, leader), else a person's name.
 */
export function readPlainName(sentence: SentenceContext, i: number): number {
  const g = sentence.gazetteerAt(i);
  if (g) {
    sentence.add(i, i + g.len - 1, gazetteerRef(g.hit.entry));
    return g.len;
  }
  const person = personAt(sentence, i, false);
  if (person) {
    sentence.add(i, i + person.len - 1, person.ref);
    return person.len;
  }
  return 0;
}
