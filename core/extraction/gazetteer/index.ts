import type { ActorType } from '../../model/vocabulary';
import { KNOWN_ORGANISATIONS } from './organisations';
import { KNOWN_PEOPLE } from './people';
import { STATE_TABLE } from './states';

/** One actor the gazetteer knows, whichever of its names the text uses. */
export interface GazetteerEntry {
  readonly key: string;
  readonly label: string;
  readonly type: ActorType;
  readonly qid: string | null;
  /** Names other than the label (capital, other names); demonyms are kept apart. */
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  /** For states: the capital, also among the aliases. */
  readonly capital: string | null;
  /** For people: the state they lead or serve (a state's label). */
  readonly country: string | null;
}

/** How a text names a gazetteer entry: by name, by its capital or seat, or by an adjective. */
export type NameForm = 'name' | 'capital' | 'demonym';

export interface GazetteerHit {
  readonly entry: GazetteerEntry;
  readonly form: NameForm;
}

const keyOf = (label: string): string =>
  label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Surface form used as an index key: straight apostrophes, single spaces, no leading "the". */
export function phraseKey(phrase: string): string {
  return phrase.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/^the /i, '').trim();
}

function parseStates(): GazetteerEntry[] {
  return STATE_TABLE.trim()
    .split('\n')
    .map((line) => {
      const [label = '', qid = '', capital = '', demonyms = '', other = ''] = line.split('|');
      const list = (cell: string) => cell.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
      return {
        key: keyOf(label),
        label,
        type: 'state' as const,
        qid: qid === '' ? null : qid,
        aliases: [...(capital === '' ? [] : [capital]), ...list(other)],
        demonyms: list(demonyms),
        capital: capital === '' ? null : capital,
        country: null,
      };
    });
}

export const STATES: readonly GazetteerEntry[] = parseStates();

const PEOPLE: readonly GazetteerEntry[] = KNOWN_PEOPLE.map((p) => ({
  key: keyOf(p.label),
  label: p.label,
  type: 'person',
  qid: p.qid,
  aliases: p.aliases,
  demonyms: [],
  capital: null,
  country: p.country,
}));

const ORGANISATIONS: readonly GazetteerEntry[] = KNOWN_ORGANISATIONS.map((o) => ({
  key: keyOf(o.label),
  label: o.label,
  type: o.type,
  qid: o.qid,
  aliases: o.aliases,
  demonyms: [],
  capital: null,
  country: null,
}));

function buildIndex(): ReadonlyMap<string, GazetteerHit> {
  const index = new Map<string, GazetteerHit>();
  // First registration wins: a state's own names before any organisation's or person's.
  const add = (phrase: string, hit: GazetteerHit) => {
    const key = phraseKey(phrase);
    if (!index.has(key)) index.set(key, hit);
  };
  for (const entry of [...STATES, ...ORGANISATIONS, ...PEOPLE]) {
    add(entry.label, { entry, form: 'name' });
    for (const alias of entry.aliases) add(alias, { entry, form: alias === entry.capital ? 'capital' : 'name' });
    for (const demonym of entry.demonyms) add(demonym, { entry, form: 'demonym' });
  }
  return index;
}

const INDEX = buildIndex();

/** Longest phrases the index holds, in words: bounds the lookahead of the recogniser. */
export const MAX_PHRASE_WORDS = 7;

/** The gazetteer entry a phrase names exactly (case matters: "WHO" is not "who"). */
export function lookupPhrase(phrase: string): GazetteerHit | undefined {
  return INDEX.get(phraseKey(phrase));
}

export function stateByLabel(label: string): GazetteerEntry | undefined {
  return STATES.find((s) => s.label === label);
}

export { keyOf };
