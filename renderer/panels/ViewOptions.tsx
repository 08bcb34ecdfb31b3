import { groupableAttributes, selectGroups } from '../state/analysisViews';
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
      <div className="group-actions-row">
        <button type="button" disabled={hidden === 0} onClick={() => dispatch({ type: 'show-hidden' })} title="Show what you hid by hand (Shift+H)">
          Show hidden ({hidden})
        </button>
        <span className="hint">{pinned > 0 ? `${pinned} pinned (P toggles)` : 'H hides the selection, P pins it'}</span>
      </div>
    </fieldset>
  );
}
