import type { ActorType } from '../../model/vocabulary';

/** International organisations and blocs named in diplomatic news, with their usual short forms. */
export interface KnownOrganisation {
  readonly label: string;
  readonly aliases: readonly string[];
  readonly qid: string | null;
  readonly type: ActorType;
}

const org = (label: string, aliases: readonly string[], qid: string | null): KnownOrganisation => ({
  label,
  aliases,
  qid,
  type: 'organisation',
});

export const KNOWN_ORGANISATIONS: readonly KnownOrganisation[] = [
  org('United Nations', ['UN', 'U.N.', 'the United Nations'], 'Q1065'),
  org('United Nations Security Council', ['UN Security Council', 'U.N. Security Council', 'Security Council', 'UNSC'], 'Q37470'),
  org('NATO', ['North Atlantic Treaty Organization', 'North Atlantic Alliance'], 'Q7184'),
  org('European Union', ['EU', 'E.U.', 'the European Union'], 'Q458'),
  org('European Commission', ['the European Commission'], 'Q8880'),
  org('African Union', ['AU', 'the African Union'], 'Q7159'),
  org('Association of Southeast Asian Nations', ['ASEAN'], 'Q7768'),
  org('Arab League', ['League of Arab States', 'the Arab League'], 'Q7172'),
  org('Organization for Security and Co-operation in Europe', ['OSCE'], 'Q81299'),
  org('Shanghai Cooperation Organisation', ['SCO', 'Shanghai Cooperation Organization'], null),
  org('BRICS', [], null),
  org('Group of Seven', ['G7', 'G-7'], null),
  org('Group of Twenty', ['G20', 'G-20'], null),
  org('International Monetary Fund', ['IMF'], 'Q7804'),
  org('World Bank', ['the World Bank'], 'Q7164'),
  org('World Health Organization', ['WHO'], 'Q7817'),
  org('OPEC', ['Organization of the Petroleum Exporting Countries'], 'Q7795'),
  org('International Atomic Energy Agency', ['IAEA'], null),
  org('International Criminal Court', ['ICC'], null),
  org('Economic Community of West African States', ['ECOWAS'], null),
  org('Collective Security Treaty Organization', ['CSTO'], null),
];
