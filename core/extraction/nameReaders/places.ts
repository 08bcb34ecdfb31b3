import { organisationRef, stateRef } from '../actorRefs';
import type { SentenceContext } from './sentenceContext';

/** "the Uzbek city of Samarkand": a place located in the state its adjective names. */
export function readCity(sentence: SentenceContext, i: number): number {
  const { tokens, text, add } = sentence;
  const owner = sentence.stateAt(i);
  if (!owner || owner.form !== 'demonym' || tokens[i + owner.len]?.lower !== 'city' || tokens[i + owner.len + 1]?.lower !== 'of') return 0;
  const k = i + owner.len + 2;
  const len = sentence.nameRunAt(k);
  if (len === 0) return 0;
  const state = add(i, i + owner.len - 1, stateRef(owner.entry));
  const place = add(k, k + len - 1, organisationRef(text.slice(tokens[k]!.start, tokens[k + len - 1]!.end), null, 'place'));
  sentence.fact('located_in', place, state, sentence.span(i + owner.len, i + owner.len + 1));
  return k + len - i;
}
