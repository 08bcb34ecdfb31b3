import type { ActorType } from '../model/vocabulary';
import type { CandidateActor, TextSpan } from './types';

/** What the recogniser knows of an actor when it names one. */
export interface ActorRef {
  /** Stable key: "state:belarus", "person:qin-gang", "event:russian-invasion-of-ukraine". */
  readonly key: string;
  readonly label: string;
  readonly type: ActorType;
  readonly qid: string | null;
  readonly aliases: readonly string[];
  /** For people and national bodies: the state they belong to (its key). */
  readonly country: string | null;
}

interface Entry {
  ref: ActorRef;
  aliases: Set<string>;
  mentions: TextSpan[];
  country: string | null;
  order: number;
}

/**
 * The actors of one article: every mention of the same key lands on one actor, so "Lukashenko" after
 * "Alexander Lukashenko" and "Minsk" after "Belarus" are one candidate each. Keeps the order of first
 * mention, which later resolves "the paper", "the two" and a spokesperson's ministry.
 */
export class ActorBook {
  private readonly entries = new Map<string, Entry>();

  mention(ref: ActorRef, span: TextSpan | null): ActorRef {
    let entry = this.entries.get(ref.key);
    if (!entry) {
      entry = { ref, aliases: new Set(ref.aliases), mentions: [], country: ref.country, order: this.entries.size };
      this.entries.set(ref.key, entry);
    }
    for (const alias of ref.aliases) entry.aliases.add(alias);
    if (ref.country !== null) entry.country ??= ref.country;
    if (span !== null) {
      if (!entry.mentions.some((m) => m.start === span.start && m.end === span.end)) entry.mentions.push(span);
      if (span.text !== entry.ref.label) entry.aliases.add(span.text);
    }
    return { ...entry.ref, country: entry.country };
  }

  get(key: string): ActorRef | undefined {
    const entry = this.entries.get(key);
    return entry ? { ...entry.ref, country: entry.country } : undefined;
  }

  /** A better name found later ("Qin–Aleinik phone call" for "phone conversation"); the old one stays an alias. */
  relabel(key: string, label: string): ActorRef | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.ref.label !== label) {
      entry.aliases.add(entry.ref.label);
      entry.aliases.delete(label);
      entry.ref = { ...entry.ref, label };
    }
    return this.get(key);
  }

  setCountry(key: string, country: string): void {
    const entry = this.entries.get(key);
    if (entry) entry.country ??= country;
  }

  /** Actors of one type, most recently first-mentioned last. */
  ofType(type: ActorType): ActorRef[] {
    return [...this.entries.values()].filter((e) => e.ref.type === type).map((e) => ({ ...e.ref, country: e.country }));
  }

  /** The one-word name the text uses for a person ("Xi", "Lukashenko"), if it used one. */
  shortName(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const parts = entry.ref.label.split(/\s+/);
    return [...entry.aliases].find((a) => !a.includes(' ') && parts.includes(a));
  }

  /** The person whose label has `word` as its first or last name, if exactly one has. */
  personNamed(word: string): ActorRef | undefined {
    const found = this.ofType('person').filter((p) => {
      const parts = p.label.split(/\s+/);
      return parts.length > 1 && (parts[0] === word || parts[parts.length - 1] === word);
    });
    return found.length === 1 ? found[0] : undefined;
  }

  candidates(idOf: (key: string) => string): CandidateActor[] {
    return [...this.entries.values()]
      .sort((a, b) => a.order - b.order)
      .map((e) => ({
        id: idOf(e.ref.key),
        label: e.ref.label,
        type: e.ref.type,
        aliases: [...e.aliases].filter((a) => a !== e.ref.label),
        qid: e.ref.qid,
        mentions: [...e.mentions].sort((a, b) => a.start - b.start),
      }));
  }
}
