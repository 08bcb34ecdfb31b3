import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGraphText, serializeGraph } from '../../io/nativeFormat';
import { GraphFileSchema, type GraphFile } from '../../model/schema';
import type { CandidateActor, CandidateRelation, ExtractionResult, TextSpan } from '../types';
import { mergeAccepted } from './mergeAccepted';
import type { ActorReview, RelationReview, ReviewDecisions } from './review';

function bundled(): GraphFile {
  const parsed = parseGraphText(readFileSync(new URL('../../../data/belarus-china.kg.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  return parsed.value;
}

/** A second article, written for the test, and what an extractor would make of it (by hand). */
const TEXT =
  'Lukashenko meets Vietnam’s leader in Hanoi\n\n' +
  'Belarusian leader Lukashenko met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Thursday. ' +
  'Beijing will continue to support Minsk, the Chinese foreign ministry said. ' +
  'Vietnam attacked China, a blogger claimed.';

function span(text: string, occurrence = 1): TextSpan {
  let at = -1;
  for (let k = 0; k < occurrence; k++) at = TEXT.indexOf(text, at + 1);
  if (at < 0) throw new Error(`not in the text: ${text}`);
  return { start: at, end: at + text.length, text };
}

function actor(id: string, label: string, type: CandidateActor['type'], qid: string | null, aliases: string[] = []): CandidateActor {
  return { id, label, type, qid, aliases, mentions: [span(aliases[0] ?? label)] };
}

const SENTENCE_1 = 'Belarusian leader Lukashenko met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Thursday.';
const SENTENCE_2 = 'Beijing will continue to support Minsk, the Chinese foreign ministry said.';
const SENTENCE_3 = 'Vietnam attacked China, a blogger claimed.';

function relation(id: string, type: string, source: string, target: string, sentence: string, trigger: string, extra: Partial<CandidateRelation> = {}): CandidateRelation {
  return {
    id,
    type,
    source,
    target,
    directed: true,
    cameo: '044',
    goldstein: 2.5,
    stance: 'cooperative',
    time: { start: '2024-03-14', precision: 'day', text: 'on Thursday' },
    confidence: 0.8,
    evidence: span(sentence),
    trigger: span(trigger),
    ...extra,
  };
}

const RESULT: ExtractionResult = {
  article: { title: 'Lukashenko meets Vietnam’s leader in Hanoi', text: TEXT, published: '2024-03-15', url: 'https://wire.example/a', outlet: 'Example Wire' },
  sentences: [span(SENTENCE_1), span(SENTENCE_2), span(SENTENCE_3)],
  actors: [
    actor('a-lukashenko', 'Lukashenko', 'person', null),
    actor('a-pham', 'Pham Minh Chinh', 'person', null),
    actor('a-vietnam', 'Vietnam', 'state', 'Q881', ['Vietnam', 'Vietnamese']),
    actor('a-china', 'China', 'state', 'Q148', ['Beijing']),
    actor('a-belarus', 'Belarus', 'state', null, ['Minsk']),
    actor('a-hanoi', 'Hanoi', 'place', 'Q1858'),
  ],
  relations: [
    relation('r-meet', 'meet', 'a-lukashenko', 'a-pham', SENTENCE_1, 'met'),
    relation('r-support', 'pledge_support', 'a-china', 'a-belarus', SENTENCE_2, 'support', { cameo: '032', goldstein: 4.5, time: null, confidence: 0.7 }),
    relation('r-invade', 'invade', 'a-vietnam', 'a-china', SENTENCE_3, 'attacked', { cameo: '190', goldstein: -10, stance: 'conflictual', time: null }),
    relation('r-visit', 'meet', 'a-lukashenko', 'a-hanoi', SENTENCE_1, 'met'),
  ],
};

function decisions(relations: Record<string, RelationReview>, actors: Record<string, ActorReview> = {}): ReviewDecisions {
  return { relations: new Map(Object.entries(relations)), actors: new Map(Object.entries(actors)) };
}

const ACCEPT = { status: 'accepted' } as const;
const REJECT = { status: 'rejected' } as const;

function merged(graph: GraphFile, d: ReviewDecisions) {
  const outcome = mergeAccepted(graph, RESULT, d);
  if (!outcome.ok) throw new Error(outcome.error.join('\n'));
  return outcome.value;
}

describe('mergeAccepted', () => {
  const graph = bundled();
  // Accept two, reject one, edit one (type, target, time), leave none pending.
  const review = decisions({
    'r-meet': ACCEPT,
    'r-support': ACCEPT,
    'r-invade': REJECT,
    'r-visit': { status: 'accepted', type: 'visit', target: 'a-vietnam', time: { start: '2024-03', precision: 'month' } },
  });
  const outcome = merged(graph, review);

  it('adds the article as a second source with its title, date, address, outlet and text', () => {
    expect(graph.sources).toHaveLength(1);
    expect(outcome.graph.sources).toHaveLength(2);
    expect(outcome.sourceAdded).toBe(true);
    const source = outcome.graph.sources[1]!;
    expect(source).toEqual({
      id: outcome.sourceId,
      title: 'Lukashenko meets Vietnam’s leader in Hanoi',
      section: null,
      outlet: 'Example Wire',
      published: '2024-03-15',
      url: 'https://wire.example/a',
      text: TEXT,
    });
    expect(outcome.sourceId).toBe('lukashenko-meets-vietnam-s-leader-in-hanoi-2024-03-15');
  });

  it('resolves Lukashenko (by alias), China (by QID) and Minsk/Belarus (by alias) to the existing nodes', () => {
    expect(outcome.nodeOfActor.get('a-lukashenko')).toBe('lukashenko');
    expect(outcome.nodeOfActor.get('a-china')).toBe('china');
    expect(outcome.nodeOfActor.get('a-belarus')).toBe('belarus');
    expect(outcome.graph.nodes.filter((n) => n.type === 'person' && /lukashenko/i.test(n.label)).map((n) => n.id)).toEqual(['lukashenko']);
  });

  it('adds exactly the two new actors of accepted relations (Pham Minh Chinh, Vietnam), not Hanoi whose relation was re-targeted', () => {
    expect(outcome.nodesAdded).toBe(2);
    expect(outcome.graph.nodes).toHaveLength(graph.nodes.length + 2);
    const added = outcome.graph.nodes.slice(graph.nodes.length);
    expect(added.map((n) => [n.id, n.label, n.type, n.qid, n.aliases])).toEqual([
      ['pham-minh-chinh', 'Pham Minh Chinh', 'person', null, []],
      ['vietnam', 'Vietnam', 'state', 'Q881', ['Vietnamese']],
    ]);
  });

  it('adds evidence to the existing China → Belarus support pledge and two new edges; the rejected one is left out', () => {
    expect(outcome.edgesAdded).toBe(2);
    expect(outcome.edgesUpdated).toBe(1);
    expect(outcome.evidenceAdded).toBe(1);
    expect(outcome.skipped).toEqual([]);
    expect(outcome.graph.edges).toHaveLength(graph.edges.length + 2);
    const support = outcome.graph.edges.find((e) => e.id === 'e-china-pledge_support-belarus')!;
    expect(support.evidence.map((e) => e.sourceId)).toEqual(['belarus-china-2023-02-25', outcome.sourceId]);
    expect(support.evidence[1]).toEqual({ sourceId: outcome.sourceId, quote: SENTENCE_2, start: TEXT.indexOf(SENTENCE_2), end: TEXT.indexOf(SENTENCE_2) + SENTENCE_2.length });
    expect(outcome.graph.edges.some((e) => e.type === 'invade' && e.source === 'vietnam')).toBe(false);
  });

  it('makes a new edge from the candidate (time, stance, CAMEO, Goldstein, confidence)', () => {
    const meet = outcome.graph.edges.find((e) => e.id === outcome.edgeOfRelation.get('r-meet'))!;
    expect(meet).toMatchObject({
      id: 'e-lukashenko-meet-pham-minh-chinh',
      source: 'lukashenko',
      target: 'pham-minh-chinh',
      type: 'meet',
      cameo: '044',
      goldstein: 2.5,
      stance: 'cooperative',
      confidence: 0.8,
      time: { start: '2024-03-14', precision: 'day', text: 'on Thursday' },
    });
    expect(meet.evidence).toEqual([{ sourceId: outcome.sourceId, quote: SENTENCE_1, start: TEXT.indexOf(SENTENCE_1), end: TEXT.indexOf(SENTENCE_1) + SENTENCE_1.length }]);
  });

  it('honours an edited type, endpoint and time; the edited type brings its own CAMEO code and score', () => {
    const visit = outcome.graph.edges.find((e) => e.id === outcome.edgeOfRelation.get('r-visit'))!;
    expect(visit).toMatchObject({ source: 'lukashenko', target: 'vietnam', type: 'visit', cameo: '042', goldstein: 1.9, stance: 'cooperative', time: { start: '2024-03', precision: 'month' } });
  });

  it('validates against GraphFileSchema, and save → reopen keeps both sources and the evidence', () => {
    expect(GraphFileSchema.safeParse(outcome.graph).success).toBe(true);
    const reopened = parseGraphText(serializeGraph(outcome.graph));
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    expect(reopened.value.sources.map((s) => s.id)).toEqual(['belarus-china-2023-02-25', outcome.sourceId]);
    expect(reopened.value).toEqual(outcome.graph);
  });

  it('merging the same article again adds no source, node, edge or evidence', () => {
    const again = merged(outcome.graph, review);
    expect(again.sourceAdded).toBe(false);
    expect(again.sourceId).toBe(outcome.sourceId);
    expect([again.nodesAdded, again.edgesAdded, again.edgesUpdated, again.evidenceAdded]).toEqual([0, 0, 0, 0]);
    expect(again.graph).toEqual(outcome.graph);
  });

  it('merges nothing (and keeps no source) when nothing is accepted', () => {
    const none = merged(graph, decisions({ 'r-invade': REJECT }));
    expect([none.sourceAdded, none.nodesAdded, none.edgesAdded, none.evidenceAdded]).toEqual([false, 0, 0, 0]);
    expect(none.graph).toEqual(graph);
  });

  it('skips an accepted relation whose actor the analyst rejected, and says why', () => {
    const result = merged(graph, decisions({ 'r-meet': ACCEPT }, { 'a-pham': REJECT }));
    expect(result.edgesAdded).toBe(0);
    expect(result.skipped).toEqual([`r-meet “${SENTENCE_1.slice(0, 60)}…”: an end is a rejected or unknown actor (a-pham).`]);
  });

  it('adds an actor accepted on its own; the analyst may force a new node or pick one', () => {
    const alone = merged(graph, decisions({}, { 'a-hanoi': ACCEPT }));
    expect(alone.nodesAdded).toBe(1);
    expect(alone.graph.nodes.at(-1)).toMatchObject({ id: 'hanoi', label: 'Hanoi', type: 'place', qid: 'Q1858' });
    const forced = merged(graph, decisions({ 'r-meet': ACCEPT }, { 'a-lukashenko': { status: 'accepted', nodeId: null, label: 'Lukashenko Jr' } }));
    expect(forced.nodesAdded).toBe(2);
    expect(forced.graph.nodes.find((n) => n.id === forced.nodeOfActor.get('a-lukashenko'))).toMatchObject({ label: 'Lukashenko Jr', aliases: ['Lukashenko'] });
    const picked = merged(graph, decisions({ 'r-meet': ACCEPT }, { 'a-pham': { status: 'accepted', nodeId: 'qin-gang' } }));
    expect(picked.nodeOfActor.get('a-pham')).toBe('qin-gang');
    expect(picked.nodesAdded).toBe(0);
  });

  it('finds a person by surname or by a name written with other case and accents', () => {
    const bare = { ...graph, nodes: graph.nodes.map((n) => ({ ...n, aliases: [] })) };
    const bySurname = merged(bare, decisions({ 'r-meet': ACCEPT }));
    expect(bySurname.nodeOfActor.get('a-lukashenko')).toBe('lukashenko');
    const accented: ExtractionResult = { ...RESULT, actors: RESULT.actors.map((a) => (a.id === 'a-pham' ? { ...a, label: 'SERGEÏ ALEINIK' } : a)) };
    const outcome2 = mergeAccepted(bare, accented, decisions({ 'r-meet': ACCEPT }));
    expect(outcome2.ok && outcome2.value.nodeOfActor.get('a-pham')).toBe('sergei-aleinik');
  });
});
