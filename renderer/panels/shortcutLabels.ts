/** "Cmd" on macOS, "Ctrl" elsewhere, as each OS's users read shortcuts. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const modKey = isMac ? 'Cmd' : 'Ctrl';

export const SHORTCUTS: ReadonlyArray<readonly [string, string]> = [
  [`${modKey}+O`, 'Open a graph file'],
  [`${modKey}+S`, 'Export the graph as JSON'],
  [`${modKey}+E`, 'Export… (choose a format: GraphML, GEXF, CSV, Cytoscape.js, JGF, PNG, SVG)'],
  [`${modKey}+Shift+S`, 'Save the workspace (graph, positions, filters, selection, view)'],
  ['Drop a file on the window', 'Open it'],
  [`${modKey}+Shift+E`, 'Export the view as PNG'],
  [`${modKey}+Shift+X`, 'Extract actors and relations from a new article'],
  ['↑ / ↓, A, R, E (in the extractor’s list)', 'Move through the candidates; accept, reject or edit the current one'],
  [`${modKey}+F or /`, 'Search actors, aliases and evidence'],
  ['Enter / Shift+Enter (in search), F3 / Shift+F3', 'Next / previous match'],
  [`${modKey}+0`, 'Fit the graph to the window'],
  [`${modKey}+= / ${modKey}+-`, 'Zoom in / out'],
  ['1, 2, 3', 'Focus on the selection’s neighbourhood to depth 1, 2 or 3'],
  ['0', 'Leave focus and show the whole graph'],
  ['D', 'Draw a big graph’s visible part when it is more than the canvas draws on its own'],
  ['Escape', 'Close dialog, clear search, leave focus, clear selection (one per press)'],
  ['F6 / Shift+F6', 'Move to the next / previous region: toolbar, filters, lists, canvas, details, article'],
  [`${isMac ? 'Option' : 'Alt'}+L`, 'Go to the lists of actors and relations'],
  ['↑ / ↓, Home / End, a letter (in a list)', 'Move through the list; Enter or Space selects the item'],
  ['?', 'Show these shortcuts'],
];
