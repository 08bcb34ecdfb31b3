/**
 * The controlled vocabularies of the graph: actor types and relation types.
 * Each relation type maps to a CAMEO event code where one fits, with the Goldstein score CAMEO gives it
 * (Goldstein 1992, as tabulated in the CAMEO codebook); structural ties (membership, borders) have none.
 */

export const ACTOR_TYPES = ['person', 'state', 'organisation', 'group', 'document', 'event', 'place', 'other'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const ACTOR_TYPE_LABELS: Readonly<Record<ActorType, string>> = {
  person: 'Person',
  state: 'State',
  organisation: 'Organisation',
  group: 'Group',
  document: 'Document',
  event: 'Event',
  place: 'Place',
  other: 'Other',
};

export const STANCES = ['cooperative', 'neutral', 'conflictual'] as const;
export type Stance = (typeof STANCES)[number];

export interface RelationTypeInfo {
  readonly label: string;
  /** CAMEO event code, or null for structural ties that are not events. */
  readonly cameo: string | null;
  readonly cameoLabel: string | null;
  /** Goldstein score of the CAMEO code, or null where CAMEO gives none. */
  readonly goldstein: number | null;
  readonly stance: Stance;
}

const rel = (
  label: string,
  cameo: string | null,
  cameoLabel: string | null,
  goldstein: number | null,
  stance: Stance,
): RelationTypeInfo => ({ label, cameo, cameoLabel, goldstein, stance });

export const RELATION_TYPES = {
  // Events coded with CAMEO
  make_statement: rel('Makes statement', '010', 'Make statement', 0, 'neutral'),
  express_concern: rel('Expresses concern', '012', 'Make pessimistic comment', -0.4, 'conflictual'),
  appeal_to_negotiate: rel('Appeals to negotiate', '026', 'Appeal to others to meet or negotiate', 4, 'cooperative'),
  intend_to_cooperate: rel('Expresses intent to cooperate', '030', 'Express intent to cooperate', 4, 'cooperative'),
  intend_military_cooperation: rel(
    'Expresses intent to cooperate militarily',
    '0312',
    'Express intent to engage in military cooperation',
    5.2,
    'cooperative',
  ),
  pledge_support: rel('Pledges support', '032', 'Express intent to engage in diplomatic cooperation', 4.5, 'cooperative'),
  invite: rel('Invites', '036', 'Express intent to meet or negotiate', 4, 'cooperative'),
  open_to_talks: rel('Is open to talks', '036', 'Express intent to meet or negotiate', 4, 'cooperative'),
  phone_call: rel('Discusses by telephone', '041', 'Discuss by telephone', 1, 'cooperative'),
  visit: rel('Visits', '042', 'Make a visit', 1.9, 'cooperative'),
  host_visit: rel('Hosts visit', '043', 'Host a visit', 2.8, 'cooperative'),
  meet: rel('Meets at a third location', '044', 'Meet at a third location', 2.5, 'cooperative'),
  endorse: rel('Praises or endorses', '051', 'Praise or endorse', 3.4, 'cooperative'),
  strategic_partnership: rel('Strategic partnership', '057', 'Sign formal agreement', 8, 'cooperative'),
  military_cooperation: rel('Cooperates militarily', '062', 'Cooperate militarily', 7.4, 'cooperative'),
  criticise: rel('Criticises or denounces', '111', 'Criticize or denounce', -2, 'conflictual'),
  oppose: rel('Opposes', '120', 'Reject', -4, 'conflictual'),
  mobilise_forces: rel('Mobilises armed forces', '154', 'Mobilize or increase armed forces', -7.2, 'conflictual'),
  sanction: rel('Sanctions', '163', 'Impose embargo, boycott, or sanctions', -8, 'conflictual'),
  invade: rel('Invades / attacks', '190', 'Use conventional military force', -10, 'conflictual'),
  // Structural ties and roles: no CAMEO event
  ally: rel('Is an ally of', null, null, null, 'cooperative'),
  depends_on: rel('Depends on', null, null, null, 'neutral'),
  borders: rel('Shares a border with', null, null, null, 'neutral'),
  head_of: rel('Leads', null, null, null, 'neutral'),
  member_of: rel('Is part of / speaks for', null, null, null, 'neutral'),
  located_in: rel('Is located in', null, null, null, 'neutral'),
  participates_in: rel('Takes part in', null, null, null, 'neutral'),
  issues: rel('Issues / releases', null, null, null, 'neutral'),
  concerns: rel('Is about', null, null, null, 'neutral'),
  announces: rel('Announces', null, null, null, 'neutral'),
} as const satisfies Record<string, RelationTypeInfo>;

export type KnownRelationType = keyof typeof RELATION_TYPES;

export function relationTypeInfo(type: string): RelationTypeInfo | undefined {
  return Object.prototype.hasOwnProperty.call(RELATION_TYPES, type)
    ? RELATION_TYPES[type as KnownRelationType]
    : undefined;
}

/** Human label for any relation type, including ones a user's file brings that the vocabulary lacks. */
export function relationTypeLabel(type: string): string {
  return relationTypeInfo(type)?.label ?? type.replace(/_/g, ' ');
}
