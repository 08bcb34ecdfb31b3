import type { ActorRef } from './actorBook';
import type { Mention } from './reading';
import { looksLikeVerb, type Token } from './tokens';

/** Words that govern the noun after them: an actor after one is not the subject of the next verb. */
const PREPOSITIONS = new Set(['of', 'to', 'with', 'on', 'in', 'at', 'for', 'from', 'about', 'over', 'against', 'between', 'into', 'alongside', 'among', 'toward', 'towards']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'all', 'both']);
/** Words between a subject and its verb that do not end the clause. */
const AUXILIARIES = new Set(['will', 'would', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'also', 'again', 'strongly', 'continue', 'to', 'not', 'does', 'did', 'do', 'shall', 'must', 'can']);
const PRONOUNS = new Set(['it', 'they', 'he', 'she']);
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'while', 'when', 'whom']);

/**
 * The structure one sentence needs for relations: which actor is the subject of a verb (nearest
 * actor before it that no preposition governs, or the sentence's subject for a coordinated verb or a
 * pronoun) and which are its objects (actors after it in the same clause, with their coordinates).
 */
export class Clause {
  constructor(
    readonly tokens: readonly Token[],
    readonly mentions: readonly Mention[],
  ) {}

  /** Is the mention the object of a preposition ("of Russia's Putin", "with Minsk")? "by X" is an agent. */
  governed(m: Mention): boolean {
    let k = m.first - 1;
    while (k >= 0 && (DETERMINERS.has(this.tokens[k]!.lower) || (this.tokens[k]!.tags.has('Adjective') && !/^\p{Lu}/u.test(this.tokens[k]!.text)))) k--;
    const word = this.tokens[k];
    if (word?.lower === 'and') {
      // "with Ukraine and Russia": the second is governed like the first.
      const previous = this.outer().filter((o) => o.last === k - 1)[0];
      return previous !== undefined && this.governed(previous);
    }
    return word !== undefined && PREPOSITIONS.has(word.lower) && word.post === '';
  }

  /** Mentions not nested in a longer mention that starts at the same or an earlier word. */
  private outer(): Mention[] {
    return this.mentions.filter((m) => !this.mentions.some((o) => o !== m && o.first <= m.first && o.last >= m.last && (o.first < m.first || o.last > m.last)));
  }

  /** The actor a sentence is about: the first one before its first verb that no preposition governs. */
  sentenceSubject(): Mention | undefined {
    const firstVerb = this.tokens.findIndex(looksLikeVerb);
    const before = this.outer().filter((m) => (firstVerb < 0 || m.first < firstVerb) && !this.governed(m));
    return before[0] ?? this.outer().find((m) => !this.governed(m));
  }

  /** The mention and the ones coordinated with it: "Macron and Scholz", "Ukraine and Russia". */
  coordinated(m: Mention): Mention[] {
    const outer = this.outer();
    const joined = (a: Mention, b: Mention) => {
      const between = this.tokens.slice(a.last + 1, b.first).map((t) => t.lower).filter((w) => !DETERMINERS.has(w));
      return between.length === 1 && between[0] === 'and' && this.tokens[a.last]!.post === '';
    };
    const group = [m];
    for (let at = outer.indexOf(m); outer[at + 1] && joined(group[group.length - 1]!, outer[at + 1]!); at++) group.push(outer[at + 1]!);
    for (let at = outer.indexOf(m); outer[at - 1] && joined(outer[at - 1]!, group[0]!); at--) group.unshift(outer[at - 1]!);
    return group;
  }

  /** Subject of the verb at token `at`: an actor mention (and its coordinates), or none. */
  subjectOf(at: number): Mention[] {
    let k = at - 1;
    while (k >= 0 && AUXILIARIES.has(this.tokens[k]!.lower)) k--;
    const before = this.tokens[k];
    if (before && (PRONOUNS.has(before.lower) || (before.lower === 'and' && this.tokens[k - 1]?.post !== ''))) {
      const s = this.sentenceSubject();
      return s && s.first < at ? this.coordinated(s) : [];
    }
    if (before && before.lower === 'and') {
      const s = this.sentenceSubject();
      if (s && s.first < at) return this.coordinated(s);
    }
    const candidates = this.outer().filter((m) => m.last < at && !this.governed(m));
    for (let i = candidates.length - 1; i >= 0; i--) {
      const m = candidates[i]!;
      const between = this.tokens.slice(m.last + 1, at);
      if (between.some((t) => t.post === ';')) break;
      if (this.tokens[m.last]!.possessive && between.length > 0) continue;
      return this.coordinated(m);
    }
    return [];
  }

  /** Objects of the verb ending at token `after`: the first actor after it in the clause, with its coordinates. */
  objectsAfter(after: number, accept: (m: Mention) => boolean = () => true, intoThatClause = false): Mention[] {
    for (const m of this.outer()) {
      if (m.first <= after) continue;
      const between = this.tokens.slice(after + 1, m.first);
      if (between.some((t) => (CLAUSE_WORDS.has(t.lower) && !(intoThatClause && t.lower === 'that')) || t.post === ';')) return [];
      if (between.some((t, i) => t.lower === 'and' && between[i + 1] !== undefined && looksLikeVerb(between[i + 1]!))) return [];
      if (!accept(m)) continue;
      return this.coordinated(m).filter(accept);
    }
    return [];
  }

  /** All mentions whose words lie inside a token range, in order. */
  within(from: number, to: number): Mention[] {
    return this.outer().filter((m) => m.first >= from && m.last <= to);
  }

  static actorsOf(mentions: readonly Mention[]): ActorRef[] {
    const seen = new Set<string>();
    return mentions.map((m) => m.actor).filter((a) => !seen.has(a.key) && seen.add(a.key));
  }
}
