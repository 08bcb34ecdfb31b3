import type { ActorType } from '../model/vocabulary';
import type { ActorRef } from './actorBook';
import { keyOf, stateByLabel, type GazetteerEntry } from './gazetteer';

/** How the sentence reader names the actors it finds: one key per actor, so mentions merge. */
export const stateRef = (entry: GazetteerEntry): ActorRef => ({
  key: `state:${entry.key}`,
  label: entry.label,
  type: 'state',
  qid: entry.qid,
  aliases: [],
  country: null,
});

export function gazetteerRef(entry: GazetteerEntry): ActorRef {
  if (entry.type === 'state') return stateRef(entry);
  const country = entry.country === null ? null : stateByLabel(entry.country);
  return {
    key: `${entry.type}:${entry.key}`,
    label: entry.label,
    type: entry.type,
    qid: entry.qid,
    aliases: [],
    country: country ? `state:${country.key}` : null,
  };
}

export const adjectiveOf = (state: GazetteerEntry): string => state.demonyms[0] ?? state.label;

export const ministryRef = (state: GazetteerEntry, kind: string): ActorRef => ({
  key: `organisation:${state.key}-${kind}-ministry`,
  label: `${adjectiveOf(state)} ${kind} ministry`,
  type: 'organisation',
  qid: null,
  aliases: [],
  country: `state:${state.key}`,
});

export const organisationRef = (label: string, country: string | null, type: ActorType = 'organisation'): ActorRef => ({
  key: `${type}:${keyOf(label)}`,
  label,
  type,
  qid: null,
  aliases: [],
  country,
});
