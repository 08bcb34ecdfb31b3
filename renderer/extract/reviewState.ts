import type { ExtractionResult } from '../../core/extraction/types';
import type { ActorReview, RelationReview, ReviewDecisions, ReviewStatus } from '../../core/extraction/merge/review';

/** One row of the review list: a candidate actor or relation. */
export interface ReviewItem {
  readonly kind: 'actor' | 'relation';
  readonly id: string;
}

export interface ReviewState {
  readonly result: ExtractionResult;
  readonly items: readonly ReviewItem[];
  readonly cursor: number;
  readonly decisions: ReviewDecisions;
}

/** Actors first (who), then relations (what they did), each in the order of the text. */
export function startReview(result: ExtractionResult): ReviewState {
  const items: ReviewItem[] = [
    ...result.actors.map((a) => ({ kind: 'actor' as const, id: a.id })),
    ...result.relations.map((r) => ({ kind: 'relation' as const, id: r.id })),
  ];
  return { result, items, cursor: 0, decisions: { actors: new Map(), relations: new Map() } };
}

export function currentItem(state: ReviewState): ReviewItem | null {
  return state.items[state.cursor] ?? null;
}

export function statusOf(state: ReviewState, item: ReviewItem): ReviewStatus {
  const map = item.kind === 'actor' ? state.decisions.actors : state.decisions.relations;
  return map.get(item.id)?.status ?? 'pending';
}

export function moveCursor(state: ReviewState, to: number): ReviewState {
  const cursor = Math.max(0, Math.min(state.items.length - 1, to));
  return cursor === state.cursor ? state : { ...state, cursor };
}

type ActorPatch = Partial<ActorReview>;
type RelationPatch = Partial<RelationReview>;

/** Only the fields given change; `nodeId: undefined` given explicitly goes back to automatic resolution. */
function patched<T extends { status: ReviewStatus }>(before: T | undefined, patch: Partial<T>): T {
  const next: Record<string, unknown> = { ...(before ?? { status: 'pending' }) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as T;
}

function withActorReview(state: ReviewState, id: string, patch: ActorPatch): ReviewState {
  const actors = new Map(state.decisions.actors);
  actors.set(id, patched(actors.get(id), patch));
  return { ...state, decisions: { ...state.decisions, actors } };
}

function withRelationReview(state: ReviewState, id: string, patch: RelationPatch): ReviewState {
  const relations = new Map(state.decisions.relations);
  relations.set(id, patched(relations.get(id), patch));
  return { ...state, decisions: { ...state.decisions, relations } };
}

function withStatus(state: ReviewState, item: ReviewItem, status: ReviewStatus): ReviewState {
  return item.kind === 'actor' ? withActorReview(state, item.id, { status }) : withRelationReview(state, item.id, { status });
}

/** Accept or reject the current item and move on to the next one, as reviewers work down a list. */
export function decideCurrent(state: ReviewState, status: ReviewStatus): ReviewState {
  const item = currentItem(state);
  if (!item) return state;
  return moveCursor(withStatus(state, item, status), state.cursor + 1);
}

/** An edit also accepts: the analyst corrected it because they want it. */
export function editActor(state: ReviewState, id: string, patch: Omit<ActorPatch, 'status'>): ReviewState {
  return withActorReview(state, id, { ...patch, status: 'accepted' });
}

export function editRelation(state: ReviewState, id: string, patch: Omit<RelationPatch, 'status'>): ReviewState {
  return withRelationReview(state, id, { ...patch, status: 'accepted' });
}

export function acceptAllRemaining(state: ReviewState): ReviewState {
  return state.items.reduce((s, item) => (statusOf(s, item) === 'pending' ? withStatus(s, item, 'accepted') : s), state);
}

export interface ReviewCounts {
  readonly acceptedRelations: number;
  readonly acceptedActors: number;
  readonly rejected: number;
  readonly pending: number;
}

export function reviewCounts(state: ReviewState): ReviewCounts {
  let acceptedRelations = 0;
  let acceptedActors = 0;
  let rejected = 0;
  let pending = 0;
  for (const item of state.items) {
    const status = statusOf(state, item);
    if (status === 'accepted' && item.kind === 'relation') acceptedRelations++;
    else if (status === 'accepted') acceptedActors++;
    else if (status === 'rejected') rejected++;
    else pending++;
  }
  return { acceptedRelations, acceptedActors, rejected, pending };
}
