import { mergeAccepted } from '../../core/extraction/merge/mergeAccepted';
import { applyEdit } from '../edit/applyEdit';
import { store } from '../state/store';
import type { ReviewState } from './reviewState';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Applies the accepted candidates to the open graph as one edit (one undo step), selects a merged
 * relation so its evidence shows, and says what changed. Returns the problems if the merged
 * graph would not be valid (the graph is then left as it was).
 */
export function mergeReview(state: ReviewState): { ok: true; message: string } | { ok: false; problems: readonly string[] } {
  const doc = store.getState().doc;
  if (!doc) return { ok: false, problems: ['No graph is open.'] };
  const outcome = mergeAccepted(doc.graph, state.result, state.decisions);
  if (!outcome.ok) return { ok: false, problems: outcome.error };
  const merged = outcome.value;
  // Select a relation this article brought in (a new one first), so its evidence shows at once.
  const mergedEdges = state.result.relations.map((r) => merged.edgeOfRelation.get(r.id)).filter((id) => id !== undefined);
  const firstRelation = mergedEdges.find((id) => !doc.index.edgesById.has(id)) ?? mergedEdges[0];
  const message =
    `Merged from “${state.result.article.title}”: ${plural(merged.nodesAdded, 'new actor')}, ${plural(merged.edgesAdded, 'new relation')}, ` +
    `evidence added to ${plural(merged.edgesUpdated, 'relation')}` +
    (merged.skipped.length > 0 ? `; ${plural(merged.skipped.length, 'relation')} skipped (${merged.skipped.join(' ')})` : '') +
    '.';
  applyEdit(merged.graph, firstRelation ? { kind: 'edge', id: firstRelation } : null, message);
  return { ok: true, message };
}
