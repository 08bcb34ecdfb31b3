import type { ActorType } from '../../model/vocabulary';
import type { TimeSpan } from '../../model/schema';

/**
 * The analyst's decisions on an extraction result, keyed by candidate id. Candidates without a
 * decision are pending: they are not merged.
 */
export type ReviewStatus = 'pending' | 'accepted' | 'rejected';

export interface ActorReview {
  readonly status: ReviewStatus;
  /** Edited label and type (used for a new node; the candidate's own label stays an alias). */
  readonly label?: string;
  readonly type?: ActorType;
  /** The analyst's choice of node: an existing node id, or null for "always a new node". Absent: resolve automatically. */
  readonly nodeId?: string | null;
}

export interface RelationReview {
  readonly status: ReviewStatus;
  /** Edited relation type; CAMEO code, Goldstein score and stance then follow the vocabulary. */
  readonly type?: string;
  /** Edited endpoints: a candidate actor id or the id of a node of the open graph. */
  readonly source?: string;
  readonly target?: string;
  readonly time?: TimeSpan | null;
}

export interface ReviewDecisions {
  readonly actors: ReadonlyMap<string, ActorReview>;
  readonly relations: ReadonlyMap<string, RelationReview>;
}

export const NO_DECISIONS: ReviewDecisions = { actors: new Map(), relations: new Map() };
