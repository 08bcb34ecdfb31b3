import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../core/extraction/types';
import { acceptAllRemaining, currentItem, decideCurrent, editActor, editRelation, moveCursor, reviewCounts, startReview, statusOf } from './reviewState';

const TEXT = 'Lukashenko met Pham Minh Chinh. Vietnam attacked China.';
const span = (text: string) => ({ start: TEXT.indexOf(text), end: TEXT.indexOf(text) + text.length, text });
const RESULT: ExtractionResult = {
  article: { title: 't', text: TEXT, published: '2024-03-15', url: null, outlet: null },
  sentences: [],
  actors: [
    { id: 'a1', label: 'Lukashenko', type: 'person', aliases: [], qid: null, mentions: [span('Lukashenko')] },
    { id: 'a2', label: 'Pham Minh Chinh', type: 'person', aliases: [], qid: null, mentions: [span('Pham Minh Chinh')] },
  ],
  relations: [
    { id: 'r1', type: 'meet', source: 'a1', target: 'a2', directed: true, cameo: '044', goldstein: 2.5, stance: 'cooperative', time: null, confidence: 0.8, evidence: span('Lukashenko met Pham Minh Chinh.'), trigger: span('met') },
    { id: 'r2', type: 'invade', source: 'a2', target: 'a1', directed: true, cameo: '190', goldstein: -10, stance: 'conflictual', time: null, confidence: 0.4, evidence: span('Vietnam attacked China.'), trigger: span('attacked') },
  ],
};

describe('review state', () => {
  it('lists actors, then relations, all pending, the first one current', () => {
    const state = startReview(RESULT);
    expect(state.items).toEqual([
      { kind: 'actor', id: 'a1' },
      { kind: 'actor', id: 'a2' },
      { kind: 'relation', id: 'r1' },
      { kind: 'relation', id: 'r2' },
    ]);
    expect(currentItem(state)).toEqual({ kind: 'actor', id: 'a1' });
    expect(reviewCounts(state)).toEqual({ acceptedRelations: 0, acceptedActors: 0, rejected: 0, pending: 4 });
  });

  it('accepting or rejecting moves to the next item; the cursor stays inside the list', () => {
    let state = moveCursor(startReview(RESULT), 2);
    state = decideCurrent(state, 'accepted');
    expect(currentItem(state)).toEqual({ kind: 'relation', id: 'r2' });
    state = decideCurrent(state, 'rejected');
    expect(state.cursor).toBe(3);
    expect(moveCursor(state, 99).cursor).toBe(3);
    expect(moveCursor(state, -1).cursor).toBe(0);
    expect([statusOf(state, { kind: 'relation', id: 'r1' }), statusOf(state, { kind: 'relation', id: 'r2' })]).toEqual(['accepted', 'rejected']);
    expect(reviewCounts(state)).toEqual({ acceptedRelations: 1, acceptedActors: 0, rejected: 1, pending: 2 });
  });

  it('accept all remaining leaves earlier rejections alone', () => {
    const state = acceptAllRemaining(decideCurrent(moveCursor(startReview(RESULT), 3), 'rejected'));
    expect(reviewCounts(state)).toEqual({ acceptedRelations: 1, acceptedActors: 2, rejected: 1, pending: 0 });
  });

  it('an edit accepts and keeps the fields given; an actor can go back to automatic resolution', () => {
    let state = editRelation(startReview(RESULT), 'r2', { type: 'criticise', time: { start: '2024-03', precision: 'month' } });
    expect(state.decisions.relations.get('r2')).toEqual({ status: 'accepted', type: 'criticise', time: { start: '2024-03', precision: 'month' } });
    state = editActor(state, 'a2', { label: 'Pham Minh Chinh', nodeId: null });
    expect(state.decisions.actors.get('a2')).toEqual({ status: 'accepted', label: 'Pham Minh Chinh', nodeId: null });
    state = editActor(state, 'a2', { nodeId: undefined });
    expect(state.decisions.actors.get('a2')).toEqual({ status: 'accepted', label: 'Pham Minh Chinh' });
  });
});
