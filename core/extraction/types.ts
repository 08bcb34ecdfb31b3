import type { ActorType, Stance } from '../model/vocabulary';
import type { TimeSpan } from '../model/schema';

/**
 * The contract between extraction (text → candidates), review (the analyst accepts, edits or
 * rejects) and merge (accepted candidates → the open graph). Offsets are UTF-16 offsets into
 * `ArticleInput.text`, so `text.slice(start, end) === quote` like the graph's evidence.
 */

/** An article ready for extraction: boilerplate already stripped. */
export interface ArticleInput {
  readonly title: string;
  /** Body text only; evidence offsets point into this exact string. */
  readonly text: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) relative dates are resolved against, or null if unknown. */
  readonly published: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
}

export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface CandidateActor {
  /** Stable within one extraction result, e.g. "cand-a-belarus". */
  readonly id: string;
  readonly label: string;
  readonly type: ActorType;
  readonly aliases: readonly string[];
  readonly qid: string | null;
  /** Every place in the text that names this actor (including metonyms such as "Minsk"). */
  readonly mentions: readonly TextSpan[];
}

export interface CandidateRelation {
  readonly id: string;
  /** Relation type from core/model/vocabulary RELATION_TYPES. */
  readonly type: string;
  /** CandidateActor ids. */
  readonly source: string;
  readonly target: string;
  readonly directed: boolean;
  readonly cameo: string | null;
  readonly goldstein: number | null;
  readonly stance: Stance;
  readonly time: TimeSpan | null;
  /** 0..1: how sure the extractor is (shown to the reviewer, stored on the edge). */
  readonly confidence: number;
  /** The sentence that states it. */
  readonly evidence: TextSpan;
  /** The words that triggered it (the verb or noun), for highlighting. */
  readonly trigger: TextSpan;
}

export interface ExtractionResult {
  readonly article: ArticleInput;
  readonly sentences: readonly TextSpan[];
  readonly actors: readonly CandidateActor[];
  readonly relations: readonly CandidateRelation[];
}
