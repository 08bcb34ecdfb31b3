import { groupableAttributes, selectGroups } from '../state/analysisViews';
import { DRAW_LIMIT_CHOICES, parseDrawLimitChoice, setDrawLimitChoice, useDrawLimitChoice, type DrawLimitChoice } from '../graph/drawLimit';

const DRAW_LIMIT_LABELS: Record<DrawLimitChoice, string> = {
  '2000': '2,000 relations',
  '10000': '10,000 relations (default)',
  '50000': '50,000 relations',
  any: 'any size (may hold the window for long)',
};
import { dispatch, useAppState } from '../state/store';

/** How relations and actors are drawn: dyads, groups, and what the analyst hid by hand. */
export function ViewOptions() {
  const doc = useAppState((s) => s.doc);
  const dyads = useAppState((s) => s.dyads);
  const groupBy = useAppState((s) => s.groupBy);
  const hidden = useAppState((s) => s.hiddenIds.length);
  const pinned = useAppState((s) => s.pinnedIds.length);
  const attributes = groupableAttributes(doc);
  const groupOf = useAppState(selectGroups);
  const collapsed = useAppState((s) => s.collapsedGroups);
  const groups = groupOf ? [...new Set(groupOf.values())].sort() : [];
  const drawLimit = useDrawLimitChoice();
  return (
    <fieldset className="view-options">
      <legend>View</legend>
      <label className="checkbox">
        <input type="checkbox" checked={dyads} onChange={(e) => dispatch({ type: 'dyads', on: e.target.checked })} />
        Collapse relations between the same two actors into one (colour: net stance over the time range)
      </label>
      <label>
        Group actors by{' '}
        <select value={groupBy ?? ''} onChange={(e) => dispatch({ type: 'group-by', attribute: e.target.value || null })}>
          <option value="">(no groups)</option>
          {attributes.map((a) => (
            <option key={a} value={a}>
              {a === 'type' ? 'Actor type' : a === 'community' ? 'Community (Louvain)' : a}
            </option>
          ))}
        </select>
      </label>
      {groupBy && groups.length > 0 ? (
        <ul className="group-list" aria-label="Groups">
          {groups.map((g) => (
            <li key={g}>
              <button type="button" aria-pressed={collapsed.includes(g)} onClick={() => dispatch({ type: 'toggle-group', group: g })}>
                {collapsed.includes(g) ? `Expand ${g}` : `Collapse ${g}`}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {groupBy ? <p className="hint">Or click a group’s box on the canvas.</p> : null}
      <label>
        Draw on its own up to{' '}
        <select value={drawLimit} onChange={(e) => setDrawLimitChoice(parseDrawLimitChoice(e.target.value))}>
          {DRAW_LIMIT_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {DRAW_LIMIT_LABELS[choice]}
            </option>
          ))}
        </select>
      </label>
      <div className="group-actions-row">
        <button type="button" disabled={hidden === 0} onClick={() => dispatch({ type: 'show-hidden' })} title="Show what you hid by hand (Shift+H)">
          Show hidden ({hidden})
        </button>
        <span className="hint">{pinned > 0 ? `${pinned} pinned (P toggles)` : 'H hides the selection, P pins it'}</span>
      </div>
    </fieldset>
  );
}
