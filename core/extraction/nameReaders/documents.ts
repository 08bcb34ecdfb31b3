import { organisationRef, stateRef } from '../actorRefs';
import { DOCUMENT_ANAPHORS, DOCUMENT_NOUNS } from '../lexicon';
import type { SentenceContext } from './sentenceContext';

/**
 * "China's 12-point position paper", "China peace plan", "the paper". A state before the noun issues
 * the document; "the paper" and the like point back to the document the article named last.
 */
export function readDocument(sentence: SentenceContext, i: number): number {
  const { tokens, text, book, add, wordsAt } = sentence;
  const anaphor = wordsAt(i, DOCUMENT_ANAPHORS);
  if (anaphor) {
    const last = book.ofType('document').at(-1);
    if (!last) return 0;
    add(i, i + anaphor.len - 1, last);
    return anaphor.len;
  }
  let k = i;
  const owner = sentence.stateAt(k);
  if (owner) k += owner.len;
  const numbered = /^\d+$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.lower === 'point';
  const nounAt = numbered ? k + 2 : k;
  const noun = wordsAt(nounAt, DOCUMENT_NOUNS);
  if (!noun) return 0;
  // "China peace plan" keeps the state in the label; "China's position paper" does not.
  const labelStart = owner && !owner.possessive ? i : k;
  const end = nounAt + noun.len - 1;
  const label = text.slice(tokens[labelStart]!.start, tokens[end]!.end);
  if (owner) add(i, i + owner.len - 1, stateRef(owner.entry));
  const doc = add(labelStart, end, organisationRef(label, owner ? `state:${owner.entry.key}` : null, 'document'));
  if (owner) sentence.fact('issues', book.mention(stateRef(owner.entry), null), doc, sentence.span(nounAt, end));
  return end + 1 - i;
}
