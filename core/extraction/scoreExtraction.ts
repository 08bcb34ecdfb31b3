import type { CandidateActor, CandidateRelation, ExtractionResult } from './types';

/** An actor as a curated graph (or a test's expectation) names it. */
export interface ExpectedActor {
  readonly id: string;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly qid: string | null;
}

export interface ExpectedRelation {
  readonly source: string;
  readonly type: string;
  readonly target: string;
  readonly directed: boolean;
}

export interface ExtractionScore {
  readonly expected: number;
  readonly found: number;
  readonly candidates: number;
  readonly correct: number;
  readonly recall: number;
  readonly precision: number;
  readonly missed: readonly ExpectedRelation[];
  readonly wrong: readonly CandidateRelation[];
}

/** Names compared without case, accents, "the", or the kind of apostrophe and dash. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[‐-―]/g, '-')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function sameActor(candidate: CandidateActor, expected: ExpectedActor): boolean {
  if (candidate.qid !== null && candidate.qid === expected.qid) return true;
  const names = new Set([expected.label, ...expected.aliases].map(normaliseName));
  return [candidate.label, ...candidate.aliases].some((n) => names.has(normaliseName(n)));
}

/**
 * Recall and precision of extracted relations against expected ones. A candidate matches an expected
 * relation when the types are equal and both endpoints name the same actors (label, alias or QID);
 * an undirected expected relation matches either way round. Recall counts expected relations found;
 * precision counts candidates that match some expected relation.
 */
export function scoreExtraction(
  result: ExtractionResult,
  actors: readonly ExpectedActor[],
  relations: readonly ExpectedRelation[],
): ExtractionScore {
  const byId = new Map(result.actors.map((a) => [a.id, a]));
  const expectedById = new Map(actors.map((a) => [a.id, a]));
  const matches = (c: CandidateRelation, e: ExpectedRelation): boolean => {
    const source = byId.get(c.source);
    const target = byId.get(c.target);
    const es = expectedById.get(e.source);
    const et = expectedById.get(e.target);
    if (c.type !== e.type || !source || !target || !es || !et) return false;
    if (sameActor(source, es) && sameActor(target, et)) return true;
    return !e.directed && sameActor(source, et) && sameActor(target, es);
  };
  const missed = relations.filter((e) => !result.relations.some((c) => matches(c, e)));
  const wrong = result.relations.filter((c) => !relations.some((e) => matches(c, e)));
  const found = relations.length - missed.length;
  const correct = result.relations.length - wrong.length;
  return {
    expected: relations.length,
    found,
    candidates: result.relations.length,
    correct,
    recall: relations.length === 0 ? 1 : found / relations.length,
    precision: result.relations.length === 0 ? 1 : correct / result.relations.length,
    missed,
    wrong,
  };
}
