import { adjectiveOf, ministryRef, organisationRef, stateRef } from '../actorRefs';
import { GROUP_PHRASES, MINISTRIES, NATIONAL_BODIES, ORGANISATION_HEADS } from '../lexicon';
import type { SentenceContext } from './sentenceContext';

/** "the Chinese foreign ministry", "Iran's defence ministry", "the Sudanese army": a body of the state. */
export function readNationalBody(sentence: SentenceContext, i: number): number {
  const { book, wordsAt } = sentence;
  const owner = sentence.stateAt(i);
  if (!owner) return 0;
  const k = i + owner.len;
  const ministry = wordsAt(k, MINISTRIES.map((m) => `${m} ministry`));
  const body = ministry ? null : wordsAt(k, NATIONAL_BODIES);
  if (!ministry && !body) return 0;
  const len = (ministry ?? body)!.len;
  const ref = ministry
    ? ministryRef(owner.entry, ministry.phrase.split(' ')[0]!)
    : organisationRef(`${adjectiveOf(owner.entry)} ${body!.phrase}`, `state:${owner.entry.key}`);
  const actor = sentence.add(i, k + len - 1, ref);
  sentence.fact('member_of', actor, book.mention(stateRef(owner.entry), null), sentence.span(k, k + len - 1));
  return owner.len + len;
}

/**
 * "the U.S. Treasury Department", "the Rapid Support Forces", "the African Union Commission": a
 * capitalised name ending in a body's word. A leading state (not its adjective) makes it that state's.
 */
export function readNamedBody(sentence: SentenceContext, i: number): number {
  const { tokens, text } = sentence;
  const len = sentence.nameRunAt(i);
  if (len < 2 || !ORGANISATION_HEADS.has(tokens[i + len - 1]!.text)) return 0;
  // The gazetteer knows the whole name: the plain-name reader takes it as the gazetteer's actor.
  const whole = sentence.gazetteerAt(i);
  if (whole && whole.len === len) return 0;
  const owner = sentence.stateAt(i);
  const label = text.slice(tokens[i]!.start, tokens[i + len - 1]!.end);
  const actor = sentence.add(i, i + len - 1, organisationRef(label, owner && owner.form !== 'demonym' ? `state:${owner.entry.key}` : null));
  if (owner && owner.len < len) sentence.fact('member_of', actor, sentence.book.mention(stateRef(owner.entry), null), sentence.span(i, i + owner.len - 1));
  return len;
}

/** "militants", "foreign forces": unnamed armed or political groups, one actor per phrase. */
export function readGroup(sentence: SentenceContext, i: number): number {
  const { tokens, text } = sentence;
  const group = sentence.wordsAt(i, GROUP_PHRASES);
  if (!group) return 0;
  const surface = text.slice(tokens[i]!.start, tokens[i + group.len - 1]!.end);
  sentence.add(i, i + group.len - 1, organisationRef(surface.charAt(0).toUpperCase() + surface.slice(1), null, 'group'));
  return group.len;
}
