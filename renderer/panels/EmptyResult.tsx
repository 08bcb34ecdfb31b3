import { selectVisible } from '../state/derived';
import { dispatch, useAppState } from '../state/store';

/** When filters leave nothing, say so and offer the way back. */
export function EmptyResult() {
  const doc = useAppState((s) => s.doc);
  const visible = useAppState(selectVisible);
  if (!doc || doc.graph.nodes.length === 0 || visible.nodes.size > 0) return null;
  return (
    <div className="empty-result" role="status" data-testid="empty-result">
      <p>No actors match the current filters.</p>
      <button type="button" onClick={() => dispatch({ type: 'filters-reset' })}>
        Reset filters
      </button>
    </div>
  );
}
