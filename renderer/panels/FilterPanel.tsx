import { useMemo } from 'react';
import { isFiltering, type FilterState } from '../../core/filter/filters';
import { ACTOR_TYPE_LABELS, ACTOR_TYPES, relationTypeLabel, STANCES } from '../../core/model/vocabulary';
import { ACTOR_STYLE, STANCE_COLOR } from '../graph/palette';
import { dispatch, useAppState } from '../state/store';
import { CheckboxGroup, type CheckboxOption } from './CheckboxGroup';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function FilterPanel() {
  const doc = useAppState((s) => s.doc);
  const filters = useAppState((s) => s.filters);
  const bounds = doc?.facets.timeBounds ?? null;
  const options = useMemo(() => {
    if (!doc) return null;
    // Counted once per graph while it opened (core/graph/facets).
    const { actorTypeCounts: actorCounts, relationTypeCounts: relationCounts, stanceCounts } = doc.facets;
    const actors: CheckboxOption[] = ACTOR_TYPES.filter((t) => actorCounts.has(t)).map((t) => ({
      value: t,
      label: ACTOR_TYPE_LABELS[t],
      count: actorCounts.get(t) ?? 0,
      swatch: <span className={`swatch shape-${ACTOR_STYLE[t].shape}`} style={{ background: ACTOR_STYLE[t].color }} aria-hidden />,
    }));
    const relations: CheckboxOption[] = [...relationCounts.keys()]
      .sort((a, b) => relationTypeLabel(a).localeCompare(relationTypeLabel(b)))
      .map((t) => ({ value: t, label: relationTypeLabel(t), count: relationCounts.get(t) ?? 0 }));
    const stances: CheckboxOption[] = STANCES.map((s) => ({
      value: s,
      label: capitalise(s),
      count: stanceCounts.get(s) ?? 0,
      swatch: <span className="swatch line" style={{ background: STANCE_COLOR[s] }} aria-hidden />,
    }));
    return { actors, relations, stances };
  }, [doc]);

  if (!doc || !options) return <aside className="filter-panel" aria-label="Filters" />;
  const patch = (p: Partial<FilterState>) => dispatch({ type: 'filters-changed', patch: p });

  return (
    <aside className="filter-panel" aria-label="Filters">
      <div className="panel-heading">
        <h2>Filters</h2>
        <button type="button" disabled={!isFiltering(filters)} onClick={() => dispatch({ type: 'filters-reset' })}>
          Reset filters
        </button>
      </div>
      <CheckboxGroup legend="Actor types" options={options.actors} hidden={filters.hiddenActorTypes} onChange={(v) => patch({ hiddenActorTypes: v })} />
      <CheckboxGroup legend="Stance" options={options.stances} hidden={filters.hiddenStances} onChange={(v) => patch({ hiddenStances: v })} />
      <fieldset className="time-range">
        <legend>Time</legend>
        <label>
          From
          <input
            type="date"
            aria-label="From date"
            min={bounds?.from}
            max={bounds?.to}
            value={filters.timeFrom ?? ''}
            onChange={(e) => patch({ timeFrom: e.target.value || null })}
          />
        </label>
        <label>
          To
          <input
            type="date"
            aria-label="To date"
            min={bounds?.from}
            max={bounds?.to}
            value={filters.timeTo ?? ''}
            onChange={(e) => patch({ timeTo: e.target.value || null })}
          />
        </label>
        <p className="hint">{bounds ? `The graph spans ${bounds.from} to ${bounds.to}.` : 'The graph has no dates.'}</p>
        <label className="checkbox">
          <input type="checkbox" checked={filters.includeUndated} onChange={(e) => patch({ includeUndated: e.target.checked })} />
          Keep undated relations when a time range is set
        </label>
      </fieldset>
      <fieldset>
        <legend>Confidence</legend>
        <label className="confidence">
          Minimum confidence
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={filters.minConfidence}
            aria-valuetext={filters.minConfidence.toFixed(2)}
            onChange={(e) => patch({ minConfidence: Number(e.target.value) })}
          />
          <output>{filters.minConfidence.toFixed(2)}</output>
        </label>
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={filters.hideOrphans} onChange={(e) => patch({ hideOrphans: e.target.checked })} />
        Hide actors without visible relations
      </label>
      <CheckboxGroup legend="Relation types" options={options.relations} hidden={filters.hiddenRelationTypes} onChange={(v) => patch({ hiddenRelationTypes: v })} />
    </aside>
  );
}
