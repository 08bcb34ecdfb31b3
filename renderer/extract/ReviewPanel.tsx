import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { GraphFile } from '../../core/model/schema';
import { ACTOR_TYPE_LABELS } from '../../core/model/vocabulary';
import { ArticleHighlight } from './ArticleHighlight';
import { ActorEditor, RelationEditor } from './CandidateEditor';
import { actorLabel, relationFacts, relationSummary, resolutionText } from './candidateLabels';
import { acceptAllRemaining, currentItem, decideCurrent, moveCursor, reviewCounts, statusOf, type ReviewItem, type ReviewState } from './reviewState';

const STATUS_TEXT = { pending: 'to review', accepted: 'accepted', rejected: 'rejected' } as const;

function optionId(index: number): string {
  return `extract-candidate-${index}`;
}

/**
 * The review: candidates in a listbox (arrows move, A accepts, R rejects, E edits), the article beside
 * it with the current candidate's quote marked. Focus stays on the listbox (aria-activedescendant) so
 * the keys work without leaving it; the edit form takes focus and gives it back.
 */
export function ReviewPanel(props: { state: ReviewState; onChange: (state: ReviewState) => void; graph: GraphFile | null }) {
  const { state, onChange, graph } = props;
  const [editing, setEditing] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const item = currentItem(state);
  const counts = reviewCounts(state);

  useEffect(() => {
    listRef.current?.focus();
  }, []);
  useEffect(() => {
    listRef.current?.querySelector(`#${optionId(state.cursor)}`)?.scrollIntoView({ block: 'nearest' });
  }, [state.cursor]);

  const finishEdit = (next: ReviewState | null) => {
    if (next) onChange(next);
    setEditing(false);
    listRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const act = (next: ReviewState) => {
      event.preventDefault();
      onChange(next);
    };
    if (key === 'ArrowDown') act(moveCursor(state, state.cursor + 1));
    else if (key === 'ArrowUp') act(moveCursor(state, state.cursor - 1));
    else if (key === 'Home') act(moveCursor(state, 0));
    else if (key === 'End') act(moveCursor(state, state.items.length - 1));
    else if (key === 'a') act(decideCurrent(state, 'accepted'));
    else if (key === 'r') act(decideCurrent(state, 'rejected'));
    else if (key === 'e' && item) {
      event.preventDefault();
      setEditing(true);
    }
  };

  const renderOption = (entry: ReviewItem, index: number) => {
    const status = statusOf(state, entry);
    const selected = index === state.cursor;
    let main: string;
    let facts: string;
    if (entry.kind === 'actor') {
      const actor = state.result.actors.find((a) => a.id === entry.id)!;
      main = actorLabel(state, actor);
      facts = `${ACTOR_TYPE_LABELS[state.decisions.actors.get(actor.id)?.type ?? actor.type]} · ${resolutionText(state, graph, actor)}`;
    } else {
      const relation = state.result.relations.find((r) => r.id === entry.id)!;
      main = relationSummary(state, graph, relation);
      facts = relationFacts(state, relation);
    }
    return (
      <div
        key={`${entry.kind}:${entry.id}`}
        id={optionId(index)}
        role="option"
        aria-selected={selected}
        className={`candidate candidate-${status}${selected ? ' current' : ''}`}
        data-testid={`candidate-${entry.kind}`}
        onClick={() => {
          onChange(moveCursor(state, index));
          listRef.current?.focus();
        }}
      >
        <span className="candidate-main">{main}</span>
        <span className="candidate-facts">{facts}</span>
        <span className={`candidate-status status-${status}`}>{STATUS_TEXT[status]}</span>
      </div>
    );
  };

  const actorItems = state.items.map((entry, index) => ({ entry, index })).filter((x) => x.entry.kind === 'actor');
  const relationItems = state.items.map((entry, index) => ({ entry, index })).filter((x) => x.entry.kind === 'relation');
  const relation = item?.kind === 'relation' ? state.result.relations.find((r) => r.id === item.id) : undefined;
  const actor = item?.kind === 'actor' ? state.result.actors.find((a) => a.id === item.id) : undefined;

  return (
    <div className="extract-review">
      <div className="extract-candidates">
        <p id="extract-candidates-label" className="hint">
          Candidates: ↑/↓ move, <kbd>A</kbd> accept, <kbd>R</kbd> reject, <kbd>E</kbd> edit.
        </p>
        <div
          ref={listRef}
          role="listbox"
          tabIndex={0}
          aria-labelledby="extract-candidates-label"
          aria-activedescendant={item ? optionId(state.cursor) : undefined}
          className="candidate-list"
          onKeyDown={onKeyDown}
          data-testid="candidate-list"
        >
          {/* Group names are drawn from data-label by CSS: a listbox may hold only groups and options. */}
          <div role="group" aria-label={`Actors (${actorItems.length})`} data-label={`Actors (${actorItems.length})`} className="candidate-group">
            {actorItems.map(({ entry, index }) => renderOption(entry, index))}
          </div>
          <div role="group" aria-label={`Relations (${relationItems.length})`} data-label={`Relations (${relationItems.length})`} className="candidate-group">
            {relationItems.map(({ entry, index }) => renderOption(entry, index))}
          </div>
        </div>
        <div className="edit-bar">
          <button type="button" disabled={!item} onClick={() => onChange(decideCurrent(state, 'accepted'))}>
            Accept
          </button>
          <button type="button" disabled={!item} onClick={() => onChange(decideCurrent(state, 'rejected'))}>
            Reject
          </button>
          <button type="button" disabled={!item} onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" disabled={counts.pending === 0} onClick={() => onChange(acceptAllRemaining(state))}>
            Accept all remaining
          </button>
        </div>
        <p className="hint" aria-live="polite" data-testid="review-counts">
          {counts.acceptedRelations} relations and {counts.acceptedActors} actors accepted · {counts.rejected} rejected · {counts.pending} to review
        </p>
        {editing && relation ? <RelationEditor key={relation.id} state={state} candidate={relation} graph={graph} onDone={finishEdit} /> : null}
        {editing && actor ? <ActorEditor key={actor.id} state={state} candidate={actor} graph={graph} onDone={finishEdit} /> : null}
      </div>
      <ArticleHighlight
        text={state.result.article.text}
        quotes={relation ? [relation.evidence] : []}
        triggers={relation ? [relation.trigger] : (actor?.mentions ?? [])}
      />
    </div>
  );
}
