import { SEARCH_INPUT_ID } from '../app/commands';
import { selectSearch } from '../state/derived';
import { dispatch, store, useAppState } from '../state/store';

export function SearchBox() {
  const query = useAppState((s) => s.query);
  const cursor = useAppState((s) => s.matchCursor);
  const { hits, hidden } = useAppState(selectSearch);
  const step = (delta: 1 | -1) => dispatch({ type: 'step-match', delta, total: selectSearch(store.getState()).hits.length });
  const status =
    query.trim() === ''
      ? ''
      : hits.length === 0
        ? `No matches${hidden > 0 ? ` (${hidden} hidden by filters)` : ''}`
        : `${cursor + 1} of ${hits.length}${hidden > 0 ? ` (+${hidden} hidden)` : ''}`;
  return (
    <div className="search" role="search">
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        placeholder="Search actors, aliases, evidence…"
        aria-label="Search actors, aliases and evidence"
        value={query}
        onChange={(e) => dispatch({ type: 'query', query: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          }
        }}
      />
      <button type="button" aria-label="Previous match" disabled={hits.length === 0} onClick={() => step(-1)}>
        ‹
      </button>
      <button type="button" aria-label="Next match" disabled={hits.length === 0} onClick={() => step(1)}>
        ›
      </button>
      <span className="search-status" data-testid="search-status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
