import { DetailsPanel } from '../panels/DetailsPanel';
import type { SidePanel } from '../state/appState';
import { dispatch, useAppState } from '../state/store';
import { MetricsPanel } from './MetricsPanel';
import { PathsPanel } from './PathsPanel';

const TABS: ReadonlyArray<readonly [SidePanel, string]> = [
  ['details', 'Details'],
  ['paths', 'Paths'],
  ['metrics', 'Metrics'],
];

/** Details, paths and metrics share the upper right of the window, one at a time. */
export function SidePanelTabs() {
  const panel = useAppState((s) => s.panel);
  return (
    <div className="side-panel">
      <div role="tablist" aria-label="Side panel" className="tabs">
        {TABS.map(([id, text]) => (
          <button key={id} role="tab" type="button" id={`tab-${id}`} aria-selected={panel === id} aria-controls={`tabpanel-${id}`} onClick={() => dispatch({ type: 'panel', panel: id })}>
            {text}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${panel}`} aria-labelledby={`tab-${panel}`} className="tab-body">
        {panel === 'details' ? <DetailsPanel /> : panel === 'paths' ? <PathsPanel /> : <MetricsPanel />}
      </div>
    </div>
  );
}
