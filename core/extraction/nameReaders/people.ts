import { gazetteerRef, ministryRef, organisationRef, stateRef } from '../actorRefs';
import { stateByLabel } from '../gazetteer';
import { HEAD_TITLES, LEADER_NOUNS, MEMBER_TITLES, MINISTRIES } from '../lexicon';
import { personAt } from './personName';
import type { SentenceContext } from './sentenceContext';

interface TitleMatch {
  readonly kind: 'head' | 'member' | 'minister';
  readonly ministry: string | null;
  readonly len: number;
}

/** The title at token i: "foreign minister" first, then the longer of a member's or a head's title. */
function titleAt(sentence: SentenceContext, i: number): TitleMatch | null {
  const minister = sentence.wordsAt(i, MINISTRIES.map((m) => `${m} minister`));
  if (minister) return { kind: 'minister', ministry: minister.phrase.split(' ')[0]!, len: minister.len };
  const member = sentence.wordsAt(i, MEMBER_TITLES);
  const head = sentence.wordsAt(i, HEAD_TITLES);
  if (member && (!head || member.len > head.len)) return { kind: 'member', ministry: null, len: member.len };
  return head ? { kind: 'head', ministry: null, len: head.len } : null;
}

/**
 * "[his] [Belarusian] President [of Belarus] Alexander Lukashenko", "Russia's Putin". The title says
 * what the person is to the state (head_of, member_of; a minister heads a ministry of it), and the
 * owning state becomes the person's country.
 */
export function readTitledPerson(sentence: SentenceContext, i: number): number {
  const { tokens, book, add, fact } = sentence;
  let k = i;
  if (['his', 'her', 'their', 'the'].includes(tokens[k]?.lower ?? '')) k++;
  let owner = sentence.stateAt(k);
  const ownerAt = k;
  if (owner) k += owner.len;
  const title = titleAt(sentence, k);
  if (!title) {
    if (!owner?.possessive) return 0;
    const person = personAt(sentence, k, false);
    if (!person || person.ref.type !== 'person') return 0;
    add(ownerAt, ownerAt + owner.len - 1, stateRef(owner.entry));
    const actor = add(ownerAt, k + person.len - 1, person.ref);
    book.setCountry(actor.key, `state:${owner.entry.key}`);
    return k + person.len - i;
  }
  const titleStart = k;
  k += title.len;
  let ofAt = -1;
  if (!owner && tokens[k]?.lower === 'of') {
    owner = sentence.stateAt(k + 1);
    if (owner) {
      ofAt = k + 1;
      k += 1 + owner.len;
    }
  }
  const person = personAt(sentence, k, true);
  if (!person) return 0;
  if (owner) add(ofAt >= 0 ? ofAt : ownerAt, (ofAt >= 0 ? ofAt : ownerAt) + owner.len - 1, stateRef(owner.entry));
  const actor = add(owner && ofAt < 0 ? ownerAt : titleStart, k + person.len - 1, person.ref);
  const trigger = sentence.span(titleStart, titleStart + title.len - 1);
  // Without a state in the words, a known leader's own country says which state the title is of.
  const state = owner?.entry ?? (actor.country ? stateByLabel(book.get(actor.country)?.label ?? '') ?? null : null);
  if (owner) book.setCountry(actor.key, `state:${owner.entry.key}`);
  if (title.kind === 'minister' && state) {
    const ministry = book.mention(ministryRef(state, title.ministry!), null);
    fact('head_of', actor, ministry, trigger);
    fact('member_of', ministry, book.mention(stateRef(state), null), trigger);
  } else if (title.kind === 'head' && state) {
    fact('head_of', actor, book.mention(stateRef(state), null), trigger);
  } else if (title.kind === 'member' && owner) {
    fact('member_of', actor, book.mention(stateRef(owner.entry), null), trigger);
  } else if (title.kind === 'member' && /^spokes/.test(tokens[titleStart]!.lower)) {
    // A spokesperson without a state speaks for the body the article named last.
    const body = book.ofType('organisation').at(-1);
    if (body) fact('member_of', actor, body, trigger);
  }
  return k + person.len - i;
}

/** "Moussa Faki Mahamat, chairperson of the African Union Commission,": the person heads the body. */
export function readAppositiveLeader(sentence: SentenceContext, i: number): number {
  const { tokens, text, add } = sentence;
  const person = personAt(sentence, i, false);
  if (!person || person.len < 2 || tokens[i + person.len - 1]!.post !== ',') return 0;
  let k = i + person.len;
  const role = sentence.wordsAt(k, LEADER_NOUNS);
  if (!role || tokens[k + role.len]?.lower !== 'of') return 0;
  k += role.len + 1;
  if (tokens[k]?.lower === 'the') k++;
  const bodyLen = sentence.nameRunAt(k);
  if (bodyLen === 0) return 0;
  const actor = add(i, i + person.len - 1, person.ref);
  const g = sentence.gazetteerAt(k);
  const body =
    g && g.len === bodyLen
      ? add(k, k + bodyLen - 1, gazetteerRef(g.hit.entry))
      : add(k, k + bodyLen - 1, organisationRef(text.slice(tokens[k]!.start, tokens[k + bodyLen - 1]!.end), null));
  sentence.fact('head_of', actor, body, sentence.span(i + person.len, i + person.len + role.len - 1));
  return k + bodyLen - i;
}
