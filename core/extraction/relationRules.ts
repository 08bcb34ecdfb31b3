import type { ActorBook, ActorRef } from './actorBook';
import { Clause } from './clauses';
import { keyOf } from './gazetteer';
import type { Fact, Mention } from './reading';
import { isKnownLemma } from './lemma';
import { looksLikeVerb, type Token } from './tokens';
import type { TextSpan } from './types';

/** A relation a rule read from a sentence, before time and vocabulary are attached. */
export interface Reading {
  readonly type: string;
  readonly source: ActorRef;
  readonly target: ActorRef;
  readonly trigger: TextSpan;
  readonly directed: boolean;
  readonly confidence: number;
}

export interface SentenceInput {
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly facts: readonly Fact[];
  readonly text: string;
  readonly book: ActorBook;
  /** People named in earlier sentences, most recent last: "the two leaders" are the last two. */
  readonly recentPeople: readonly ActorRef[];
}

const MODAL_HYPOTHETICAL = new Set(['could', 'might', 'may']);
const INTENT_WORDS = new Set(['will', 'would', 'continue', 'pledge', 'pledged', 'pledges', 'vow', 'vowed', 'promise', 'promised', 'agree', 'agreed', 'agrees', 'willing', 'ready', 'plan', 'plans', 'intend', 'intends', 'to']);
const TALK_WORDS = /^(talks|dialogue|negotiations?|ceasefire|settlement|truce)$/;
const REPORTING = new Set(['say', 'announce', 'report', 'confirm']);
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'mutual', 'political', 'more', 'new']);
const FORCE_NOUNS = new Set(['force', 'forces', 'troops', 'army', 'brigade', 'militia']);

const isState = (m: Mention) => m.actor.type === 'state';
const isAgent = (m: Mention) => m.actor.type !== 'event' && m.actor.type !== 'place';

/**
 * Reads the relations one sentence states, from its verbs and nouns (see the README's Extraction
 * section for the list). Each rule finds its trigger word, then subject and objects from the clause
 * structure; triggers in the scope of an invitation or an appeal ("invited X to visit", "urges all
 * parties to support") are what was asked for, not what was done, and are skipped.
 */
export function readRelations(input: SentenceInput): Reading[] {
  const { tokens, mentions, text, book } = input;
  const clause = new Clause(tokens, mentions);
  const out: Reading[] = [...input.facts.map((f) => ({ ...f, directed: true, confidence: 0.9 }))];
  const span = (i: number, j: number): TextSpan => ({ start: tokens[i]!.start, end: tokens[j]!.end, text: text.slice(tokens[i]!.start, tokens[j]!.end) });
  const emit = (type: string, source: ActorRef, target: ActorRef, trigger: TextSpan, confidence = 0.75, directed = true) => {
    if (source.key !== target.key) out.push({ type, source, target, trigger, directed, confidence });
  };
  /** "Moscow's invasion" stands for Moscow where a stance towards an actor is meant. */
  const agentOf = (m: Mention): Mention => {
    if (m.actor.type !== 'event') return m;
    return mentions.find((n) => n !== m && n.first === m.first && n.last < m.last && n.possessive) ?? m;
  };
  const events = mentions.filter((m) => m.actor.type === 'event');
  const eventOf = (prefix: string) => events.find((m) => m.actor.key.startsWith(prefix));
  const hypothetical = (at: number) => tokens.slice(Math.max(0, at - 3), at).some((t) => MODAL_HYPOTHETICAL.has(t.lower));
  const intent = (at: number) => tokens.slice(Math.max(0, at - 4), at).some((t) => INTENT_WORDS.has(t.lower));
  const countryOf = (a: ActorRef): ActorRef => (a.type === 'person' && a.country ? (book.get(a.country) ?? a) : a);
  const surname = (a: ActorRef) => book.shortName(a.key) ?? a.label.split(/\s+/).at(-1)!;
  let scopeEnd = -1;
  /** A known verb used as one: not after an article or a possessive ("its support", "the meeting"). */
  const verbUse = (at: number): boolean => {
    const before = tokens[at - 1];
    if (!isKnownLemma(tokens[at]!.lemma)) return false;
    return !before || (!before.possessive && !NOUN_MARKERS.has(before.lower));
  };

  /** "the two" / "the two leaders": the last pair named. */
  const theTwo = (at: number): ActorRef[] | null => {
    if (tokens[at]?.lower !== 'the' || tokens[at + 1]?.lower !== 'two') return null;
    const earlier = mentions.filter((m) => m.last < at && m.actor.type === 'person');
    const pair = Clause.actorsOf(earlier).slice(-2);
    if (pair.length === 2) return pair;
    const recent = [...input.recentPeople];
    return recent.length >= 2 ? recent.slice(-2) : null;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lemma = t.lemma;
    const verb = verbUse(i);
    if (i <= scopeEnd && !['invitation'].includes(t.lower)) continue;
    // Words a name already read ("Russian strikes on Ukraine" is the attack, not a verb).
    if (input.facts.some((f) => f.trigger.start <= t.start && t.start < f.trigger.end)) continue;
    const subjects = () => Clause.actorsOf(clause.subjectOf(i));
    const trigger = span(i, i);

    // At the invitation of X, Y ... / ... at the invitation of X
    if (t.lower === 'invitation' && tokens[i + 1]?.lower === 'of') {
      const inviter = clause.objectsAfter(i + 1)[0];
      const subject = clause.sentenceSubject();
      if (inviter && subject && subject !== inviter) {
        emit('invite', inviter.actor, subject.actor, span(i, i));
        const visit = eventOf('event:') && events.find((e) => /visit/.test(e.actor.label));
        if (visit) emit('participates_in', inviter.actor, visit.actor, span(i, i));
      }
      continue;
    }
    if (verb && lemma === 'invite') {
      const invitees = clause.objectsAfter(i, isAgent);
      for (const s of subjects()) for (const o of invitees) emit('invite', s, o.actor, trigger);
      const comma = tokens.findIndex((x, k) => k > i && x.post === ',');
      scopeEnd = comma < 0 ? tokens.length : comma;
      continue;
    }
    // Appeals: "urged X and Y to return to talks", "calling for urgent peace talks"
    if (verb && (lemma === 'urge' || (lemma === 'call' && tokens[i + 1]?.lower === 'on'))) {
      const rest = tokens.slice(i + 1);
      if (rest.some((x) => TALK_WORDS.test(x.lower))) {
        const addressees = clause.objectsAfter(i, (m) => m.actor.type !== 'event' && m.actor.type !== 'document');
        const from = clause.subjectOf(i).filter((m) => m.actor.type !== 'event');
        const addresseeMentions = addressees.length > 0 ? addressees : clause.within(i + 1, tokens.length - 1).filter(isState);
        for (const s of Clause.actorsOf(from)) for (const o of Clause.actorsOf(addresseeMentions)) emit('appeal_to_negotiate', s, o, trigger);
        scopeEnd = tokens.length;
      }
      continue;
    }
    if (lemma === 'call' && tokens[i + 1]?.lower === 'for') {
      const talks = clause.objectsAfter(i + 1, (m) => m.actor.key === 'event:talks');
      for (const s of subjects()) for (const o of talks) emit('appeal_to_negotiate', s, o.actor, span(i, i + 1));
      continue;
    }
    if (t.lower === 'open' && tokens[i + 1]?.lower === 'to' && TALK_WORDS.test(tokens[i + 2]?.lower ?? '')) {
      const talks = eventOf('event:talks');
      if (talks) for (const s of subjects()) emit('open_to_talks', s, talks.actor, span(i, i + 2));
      continue;
    }
    if (hypothetical(i)) continue;

    if (lemma === 'visit' && !(tokens[i - 1]?.lower === 'state' || tokens[i - 1]?.lower === 'official')) {
      const visitors = subjects().filter((a) => a.type === 'person' || a.type === 'state');
      const places = clause.objectsAfter(i, (m) => isState(m) || m.actor.type === 'place').slice(0, 1);
      for (const v of visitors) for (const p of places) {
        emit('visit', v, p.actor, trigger);
        if (p.actor.type === 'state') emit('host_visit', p.actor, v, trigger);
      }
      continue;
    }
    if (lemma === 'visit' || (t.lower === 'pay' && /visit/.test(tokens[i + 2]?.lower ?? tokens[i + 1]?.lower ?? ''))) {
      // "pay a state visit to China": the event noun carries the visit.
      const at = tokens.findIndex((x, k) => k >= i && x.lemma === 'visit');
      const visitors = clause.subjectOf(i).map((m) => m.actor).filter((a) => a.type === 'person' || a.type === 'state');
      const places = clause.objectsAfter(at, isState).slice(0, 1);
      for (const v of visitors) for (const p of places) {
        emit('visit', v, p.actor, span(at, at));
        emit('host_visit', p.actor, v, span(at, at));
      }
      i = Math.max(i, at);
      continue;
    }
    if (verb && lemma === 'host') {
      const guests = clause.objectsAfter(i, (m) => m.actor.type === 'person' || isState(m));
      const place = tokens.findIndex((x, k) => k > i && x.lower === 'in');
      const where = place > 0 ? clause.objectsAfter(place, isState)[0] : undefined;
      for (const s of subjects()) for (const g of guests) {
        emit('host_visit', s, g.actor, trigger);
        if (where) emit('visit', g.actor, where.actor, trigger);
      }
      continue;
    }
    if (verb && lemma === 'meet') {
      const two = theTwo(i - 2) ?? theTwo(i - 3);
      const people = two ?? Clause.actorsOf(clause.subjectOf(i));
      const others = two ? [] : clause.objectsAfter(i, (m) => (m.actor.type === 'person' || isState(m)) && !clause.governed(m)).map((m) => m.actor);
      const pairs: Array<[ActorRef, ActorRef]> = others.length > 0 ? people.flatMap((p) => others.map((o): [ActorRef, ActorRef] => [p, o])) : people.length === 2 ? [[people[0]!, people[1]!]] : [];
      const placed = tokens[i + 1]?.lower === 'in' ? mentions.filter((m) => m.first > i && (m.actor.type === 'place' || isState(m))) : [];
      const inPlace = placed.find((m) => m.actor.type === 'place') ?? placed[0];
      for (const [a, b] of pairs) {
        emit('meet', a, b, trigger);
        if (inPlace) {
          const label = `${surname(a)}–${surname(b)} meeting in ${inPlace.actor.label}`;
          const meeting = book.mention({ key: `event:${keyOf(label)}`, label, type: 'event', qid: null, aliases: [], country: null }, null);
          emit('participates_in', a, meeting, trigger);
          emit('participates_in', b, meeting, trigger);
          emit('located_in', meeting, inPlace.actor, trigger);
        }
      }
      continue;
    }
    // Calls: the event noun, its two parties.
    const call = events.find((e) => e.first === i && e.actor.key.startsWith('event:call:'));
    if (call) {
      const subject = clause.sentenceSubject();
      const other = subject && mentions.find((m) => m.first > subject.last && m.actor.type === 'person' && m.actor.key !== subject.actor.key);
      if (subject && other && subject.first < call.first) {
        const label = `${surname(subject.actor)}–${surname(other.actor)} phone call`;
        const named = book.relabel(call.actor.key, label) ?? call.actor;
        emit('phone_call', subject.actor, other.actor, call.span);
        emit('participates_in', subject.actor, named, call.span);
        emit('participates_in', other.actor, named, call.span);
      }
      continue;
    }
    if (verb && ['support', 'back'].includes(lemma)) {
      const objects = clause.objectsAfter(i, isAgent).map(agentOf);
      const war = clause.objectsAfter(i)[0];
      const targets = objects.length > 0 && (!war || war.first >= objects[0]!.first) ? objects : war ? [agentOf(war)] : [];
      const type = intent(i) ? 'pledge_support' : 'endorse';
      for (const s of subjects()) for (const o of targets) if (o.actor.type !== 'event') emit(type, s, o.actor, trigger);
      continue;
    }
    if (verb && ['oppose', 'reject'].includes(lemma)) {
      const objects = clause.objectsAfter(i, isAgent).map(agentOf);
      for (const s of subjects()) for (const o of objects) emit('oppose', s, o.actor, trigger);
      continue;
    }
    if (verb && ['condemn', 'denounce', 'criticise', 'criticize'].includes(lemma)) {
      for (const s of subjects()) for (const o of clause.objectsAfter(i, isAgent)) emit('criticise', s, o.actor, trigger);
      continue;
    }
    if (verb && ['welcome', 'praise', 'endorse', 'hail', 'thank', 'commend'].includes(lemma)) {
      // "welcomed NATO's position paper": the paper is what is welcomed.
      const owned = (m: Mention) => (m.possessive ? (mentions.find((d) => d.first === m.last + 1 && d.actor.type === 'document') ?? m) : m);
      for (const s of subjects()) for (const o of clause.objectsAfter(i, (m) => m.actor.type !== 'event').map(owned)) emit('endorse', s, o.actor, trigger);
      continue;
    }
    if (lemma === 'sanction' && (verb || tokens[i + 1]?.lower === 'on')) {
      const objects = clause.objectsAfter(i, isAgent);
      for (const s of subjects()) for (const o of objects) emit('sanction', s, o.actor, trigger);
      continue;
    }
    if (verb && ['invade', 'attack', 'bomb', 'strike'].includes(lemma)) {
      for (const s of subjects()) for (const o of clause.objectsAfter(i, isState)) emit('invade', s, o.actor, trigger);
      continue;
    }
    if ((lemma === 'concern' || lemma === 'concerns') && tokens[i - 1] && ['express', 'voice', 'raise'].includes(tokens[i - 1]!.lemma)) {
      const objects = clause.objectsAfter(i, isAgent, true).map(agentOf);
      for (const s of Clause.actorsOf(clause.subjectOf(i - 1))) for (const o of objects) emit('express_concern', s, o.actor, span(i - 1, i));
      continue;
    }
    if ((lemma === 'work' || lemma === 'cooperate') && tokens[i + 1]?.lower === 'with') {
      for (const s of subjects()) for (const o of clause.objectsAfter(i + 1, isAgent)) emit('intend_to_cooperate', s, o.actor, span(i, i + 1));
      continue;
    }
    if (lemma === 'cooperation' && ['military', 'defence', 'defense', 'security'].includes(tokens[i - 1]?.lower ?? '')) {
      const between = tokens[i + 1]?.lower === 'between' ? clause.objectsAfter(i + 1, isAgent).map((m) => m.actor) : [];
      const parties = (between.length >= 2 ? between : subjects()).map(countryOf);
      const type = intent(i - 2) ? 'intend_military_cooperation' : 'military_cooperation';
      if (parties.length === 2) emit(type, parties[0]!, parties[1]!, span(i - 1, i), 0.7, false);
      continue;
    }
    if (t.lower === 'alongside' && tokens[i - 1]?.lemma === 'fight') {
      const allies = clause.objectsAfter(i, isAgent);
      const type = intent(i - 1) ? 'intend_military_cooperation' : 'military_cooperation';
      for (const s of Clause.actorsOf(clause.subjectOf(i - 1))) for (const o of allies) emit(type, s, o.actor, span(i - 1, i));
      continue;
    }
    if (verb && ['allow', 'let'].includes(lemma)) {
      const guest = clause.objectsAfter(i, isState)[0];
      const rest = tokens.slice(i + 1, i + 8).map((x) => x.lower);
      if (guest && rest.includes('use') && rest.some((w) => ['territory', 'airspace', 'bases', 'ports'].includes(w))) {
        for (const s of subjects()) emit('military_cooperation', s, guest.actor, trigger, 0.6);
      }
      continue;
    }
    if ((t.lower === 'member' || t.lower === 'members') && tokens[i + 1]?.lower === 'of') {
      const bodies = clause.objectsAfter(i + 1, (m) => m.actor.type === 'organisation');
      for (const s of subjects()) for (const b of bodies) emit('member_of', s, b.actor, span(i, i + 1), 0.8);
      continue;
    }
    if (t.lower === 'ally' || t.lower === 'allies') {
      if (tokens[i + 1]?.lower === 'of') {
        const before = clause.subjectOf(i);
        for (const s of Clause.actorsOf(before)) for (const o of clause.objectsAfter(i + 1, isAgent)) emit('ally', s, o.actor, trigger);
      } else {
        const next = mentions.find((m) => m.first === i + 1);
        const subject = clause.sentenceSubject();
        if (next && subject && subject.first < i) emit('ally', subject.actor, next.actor, trigger);
      }
      continue;
    }
    if (lemma === 'partnership' && tokens[i - 1]?.lower === 'strategic') {
      const verbAt = tokens.slice(0, i).findLastIndex(looksLikeVerb);
      const parties = Clause.actorsOf(clause.subjectOf(verbAt >= 0 ? verbAt : i)).map(countryOf);
      const partner = tokens[i + 1]?.lower === 'with' ? clause.objectsAfter(i + 1, isAgent).map((m) => countryOf(m.actor)) : [];
      const all = [...parties, ...partner];
      if (all.length === 2) emit('strategic_partnership', all[0]!, all[1]!, span(i - 1, i), 0.8, false);
      continue;
    }
    if ((lemma === 'share' && tokens[i + 2]?.lemma === 'border') || (lemma === 'border' && verb)) {
      const at = lemma === 'share' ? i + 2 : i;
      for (const s of subjects()) for (const o of clause.objectsAfter(at, isState)) emit('borders', s, o.actor, span(i, at), 0.8, false);
      continue;
    }
    if ((t.lower === 'dependent' || lemma === 'depend') && tokens[i + 1]?.lower === 'on') {
      const subject = mentions.filter((m) => m.last < i).at(-1);
      const on = clause.objectsAfter(i + 1, isAgent)[0];
      if (subject && on) emit('depends_on', subject.actor, on.actor, span(i, i + 1));
      continue;
    }
    if (verb && ['release', 'issue', 'publish', 'unveil', 'present', 'adopt'].includes(lemma)) {
      const docs = clause.objectsAfter(i, (m) => m.actor.type === 'document');
      for (const s of subjects()) for (const d of docs) emit('issues', s, d.actor, trigger);
      continue;
    }
    if (verb && ['form', 'mobilise', 'mobilize', 'deploy', 'raise', 'create'].includes(lemma)) {
      const end = tokens.findIndex((x, k) => k > i && k <= i + 7 && FORCE_NOUNS.has(x.lower));
      if (end > i + 1) {
        const label = text.slice(tokens[i + 1]!.start, tokens[end]!.end).replace(/^(a|an|the)\s+/i, '');
        const force = book.mention({ key: `organisation:${keyOf(label)}`, label, type: 'organisation', qid: null, aliases: [], country: null }, span(i + 1, end));
        for (const s of subjects()) emit('mobilise_forces', s, force, trigger);
      }
      continue;
    }
    if (verb && REPORTING.has(lemma)) {
      const reporters = clause.subjectOf(i).filter((m) => m.actor.type === 'organisation' || m.actor.type === 'person');
      const announced = events.filter((e) => /visit|call/.test(e.actor.key));
      for (const r of reporters) for (const e of announced) emit('announces', r.actor, book.get(e.actor.key) ?? e.actor, trigger, 0.6);
      continue;
    }
  }

  // "a 12-point position paper on the conflict"
  for (const doc of mentions.filter((m) => m.actor.type === 'document')) {
    const word = tokens[doc.last + 1];
    if (word && ['on', 'about', 'regarding'].includes(word.lower)) {
      const topic = mentions.find((m) => m.first === doc.last + 2 || (m.first === doc.last + 3 && tokens[doc.last + 2]?.lower === 'the'));
      if (topic && topic.actor.type === 'event') emit('concerns', doc.actor, topic.actor, span(doc.last + 1, doc.last + 1));
    }
  }
  // "gathered in Addis Ababa for the summit": a summit takes place where the sentence says.
  for (const summit of events.filter((e) => /summit/.test(e.actor.key))) {
    const where = mentions.find((m) => (isState(m) || m.actor.type === 'place') && tokens[m.first - 1]?.lower === 'in');
    if (where) emit('located_in', summit.actor, where.actor, summit.span, 0.6);
  }
  // A named visit: who makes it, where it goes.
  for (const visit of events.filter((e) => /visit/.test(e.actor.key))) {
    const made = out.filter((r) => r.type === 'visit' && r.source.type === 'person');
    for (const r of made) {
      emit('participates_in', r.source, visit.actor, visit.span);
      emit('located_in', visit.actor, r.target, visit.span);
    }
  }
  return out;
}
