import type { Resolution } from '../../core/extraction/merge/resolveActor';
import { resolveReviewedActor } from '../../core/extraction/merge/mergeAccepted';
import type { CandidateActor, CandidateRelation } from '../../core/extraction/types';
import type { GraphFile } from '../../core/model/schema';
import { formatSpan } from '../../core/model/time';
import { relationTypeLabel } from '../../core/model/vocabulary';
import type { ReviewState } from './reviewState';

/** A relation as reviewed: the candidate with the analyst's edits applied. */
export interface ReviewedRelation {
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly time: CandidateRelation['time'];
}

export function reviewedRelation(state: ReviewState, relation: CandidateRelation): ReviewedRelation {
  const review = state.decisions.relations.get(relation.id);
  return {
    type: review?.type ?? relation.type,
    source: review?.source ?? relation.source,
    target: review?.target ?? relation.target,
    time: review?.time === undefined ? relation.time : review.time,
  };
}

export function actorLabel(state: ReviewState, actor: CandidateActor): string {
  return state.decisions.actors.get(actor.id)?.label || actor.label;
}

/** Name of a relation end: a candidate actor (as edited) or a node of the open graph. */
export function endLabel(state: ReviewState, graph: GraphFile | null, ref: string): string {
  const actor = state.result.actors.find((a) => a.id === ref);
  if (actor) return actorLabel(state, actor);
  return graph?.nodes.find((n) => n.id === ref)?.label ?? ref;
}

export function relationSummary(state: ReviewState, graph: GraphFile | null, relation: CandidateRelation): string {
  const r = reviewedRelation(state, relation);
  return `${endLabel(state, graph, r.source)} — ${relationTypeLabel(r.type)} — ${endLabel(state, graph, r.target)}`;
}

export function relationFacts(state: ReviewState, relation: CandidateRelation): string {
  const r = reviewedRelation(state, relation);
  return `${r.time ? formatSpan(r.time) : 'undated'} · confidence ${relation.confidence.toFixed(2)}`;
}

export function resolutionOf(state: ReviewState, graph: GraphFile | null, actor: CandidateActor): Resolution {
  if (!graph) return { kind: 'new' };
  return resolveReviewedActor(graph, actor, state.decisions.actors.get(actor.id));
}

/** "existing: Alexander Lukashenko" or "new actor", as the review list shows it. */
export function resolutionText(state: ReviewState, graph: GraphFile | null, actor: CandidateActor): string {
  const resolution = resolutionOf(state, graph, actor);
  if (resolution.kind === 'new') return 'new actor';
  const label = graph?.nodes.find((n) => n.id === resolution.nodeId)?.label ?? resolution.nodeId;
  return `existing: ${label}`;
}
