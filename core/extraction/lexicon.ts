/** Word lists the recogniser and the relation rules share: titles, bodies, events, documents. */

/** Titles of a head of state or government: "President X" leads its state. */
export const HEAD_TITLES = [
  'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'supreme leader', 'sultan',
];

/** Kinds of ministries: "Foreign Minister X" leads the "<Demonym> foreign ministry". */
export const MINISTRIES = ['foreign', 'defence', 'defense', 'finance', 'interior', 'economy', 'trade', 'energy', 'justice', 'health'];

/** Roles that make a person part of a state or body without leading it. */
export const MEMBER_TITLES = [
  'secretary of state', 'counterpart', 'spokesperson', 'spokesman', 'spokeswoman', 'ambassador', 'envoy', 'official',
  'diplomat', 'vice president', 'deputy prime minister', 'vice premier', 'minister', 'lawmaker', 'senator', 'general',
];

/** "X, chairperson of Y," leads Y. */
export const LEADER_NOUNS = ['chairperson', 'chairman', 'chairwoman', 'chair', 'head', 'leader', 'president', 'secretary-general', 'director-general', 'director'];

/** Last words of capitalised names of bodies: "Rapid Support Forces", "Treasury Department". */
export const ORGANISATION_HEADS = new Set([
  'Forces', 'Commission', 'Council', 'Department', 'Ministry', 'Agency', 'Party', 'Front', 'Army', 'Organisation',
  'Organization', 'Bank', 'Court', 'Parliament', 'Assembly', 'Office', 'Committee', 'Service', 'Guard', 'Corps',
]);

/** Lower-case bodies of a state: "the Sudanese army", "Iran's government". */
export const NATIONAL_BODIES = ['army', 'military', 'armed forces', 'navy', 'air force', 'government', 'parliament', 'embassy', 'presidency'];

/** Noun phrases that name a document; a number may precede ("12-point position paper"). */
export const DOCUMENT_NOUNS = [
  'position paper', 'peace plan', 'peace proposal', 'joint statement', 'joint declaration', 'white paper', 'communique',
  'communiqué', 'treaty', 'accord', 'memorandum of understanding', 'roadmap', 'resolution',
];

/** Words that refer back to the last document: "the paper urges". */
export const DOCUMENT_ANAPHORS = ['the paper', 'the plan', 'the document', 'the proposal', 'the statement', 'the treaty'];

/** Nouns of armed conflict that name an event when an aggressor and a target stand around them. */
export const WAR_NOUNS = ['invasion of', 'war against', 'war on', 'war in', 'aggression against', 'offensive against'];
/** Armed acts that are attacks without being named events. */
export const ATTACK_NOUNS = ['attack on', 'attacks on', 'strikes on', 'strike on', 'air strikes on', 'missile strikes on', 'bombing of', 'shelling of'];
/** Words that refer back to the last war. */
export const WAR_ANAPHORS = ['the conflict', 'the war', 'war effort', 'the crisis', 'crisis', 'the fighting'];

/** Event nouns of visits, calls, summits and talks. */
export const VISIT_EVENTS = ['state visit', 'official visit', 'working visit'];
export const CALL_EVENTS = ['phone conversation', 'phone call', 'telephone conversation', 'telephone call', 'video call'];
export const TALKS_EVENTS = ['peace talks', 'talks', 'dialogue', 'negotiations', 'political settlement', 'peace negotiations'];

/** Adjectives a group of actors goes by: "external forces". */
export const GROUP_PHRASES = ['external forces', 'foreign forces', 'hostile forces', 'outside forces', 'militants', 'rebels', 'separatists', 'insurgents'];

/** Capitalised words that start no name: sentence openers, months, days, titles. */
export const NOT_NAMES = new Set([
  'The', 'A', 'An', 'At', 'In', 'On', 'Of', 'For', 'From', 'To', 'By', 'With', 'And', 'But', 'Or', 'As', 'It', 'He', 'She',
  'They', 'We', 'His', 'Her', 'Its', 'Their', 'This', 'That', 'These', 'Those', 'Since', 'After', 'Before', 'Earlier',
  'Later', 'While', 'When', 'Read', 'More', 'Timed', 'Both', 'All', 'According',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'President', 'Prime', 'Minister', 'Premier', 'Chancellor', 'King', 'Queen', 'Emir', 'Foreign', 'Secretary', 'State',
  'Spokesperson', 'Spokesman', 'Spokeswoman', 'Ambassador', 'Envoy', 'Supreme', 'Leader', 'Defence', 'Defense', 'Vice', 'Deputy',
]);
