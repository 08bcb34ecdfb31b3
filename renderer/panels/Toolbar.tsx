import { runCommand } from '../app/commands';
import { ThemeToggle } from '../theme/ThemeToggle';
import { applyLayout } from '../app/viewCommands';
import { LAYOUT_LABELS } from '../graph/layouts';
import { LAYOUTS, type LayoutName } from '../state/appState';
import { useAppState } from '../state/store';
import { SearchBox } from './SearchBox';
import { modKey } from './shortcutLabels';

export function Toolbar() {
  const layout = useAppState((s) => s.layout);
  const hasGraph = useAppState((s) => s.doc !== null);
  const fileName = useAppState((s) => s.doc?.fileName ?? '');
  return (
    <header className="toolbar">
      <h1 className="app-name">KG Explorer</h1>
      <span className="file-name" title={fileName}>
        {fileName}
      </span>
      <button type="button" onClick={() => runCommand('open')} title={`Open a graph file (${modKey}+O)`}>
        Open…
      </button>
      <button type="button" onClick={() => runCommand('import-csv')} title="Import node and edge lists from CSV, with a column mapping">
        Import CSV…
      </button>
      <button type="button" disabled={!hasGraph} onClick={() => runCommand('extract-article')} title={`Extract actors and relations from a new article, review and merge them (${modKey}+Shift+X)`}>
        From article…
      </button>
      <button type="button" onClick={() => runCommand('open-workspace')} title="Open a saved workspace (.kgw.json)">
        Open workspace…
      </button>
      <button type="button" disabled={!hasGraph} onClick={() => runCommand('save-workspace')} title={`Save graph, positions, filters, selection and view (${modKey}+Shift+S)`}>
        Save workspace
      </button>
      <button type="button" disabled={!hasGraph} onClick={() => runCommand('export')} title={`Export in another format: GraphML, GEXF, CSV, Cytoscape.js, JGF, PNG, SVG (${modKey}+E)`}>
        Export…
      </button>
      <button type="button" disabled={!hasGraph} onClick={() => runCommand('export-json')} title={`Export the graph as JSON (${modKey}+S)`}>
        Export JSON
      </button>
      <button type="button" disabled={!hasGraph} onClick={() => runCommand('export-png')} title={`Export the view as PNG (${modKey}+Shift+E)`}>
        Export PNG
      </button>
      <label className="layout-picker">
        Layout
        <select value={layout} onChange={(e) => applyLayout(e.target.value as LayoutName)}>
          {LAYOUTS.map((name) => (
            <option key={name} value={name}>
              {LAYOUT_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => applyLayout(layout)} title="Run the layout again">
        Re-layout
      </button>
      <button type="button" onClick={() => runCommand('fit')} title={`Fit the graph to the window (${modKey}+0)`}>
        Fit
      </button>
      <button type="button" onClick={() => runCommand('zoom-in')} aria-label="Zoom in" title={`Zoom in (${modKey}+=)`}>
        +
      </button>
      <button type="button" onClick={() => runCommand('zoom-out')} aria-label="Zoom out" title={`Zoom out (${modKey}+-)`}>
        −
      </button>
      <SearchBox />
      <ThemeToggle />
      <button type="button" onClick={() => runCommand('shortcuts')} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
    </header>
  );
}
