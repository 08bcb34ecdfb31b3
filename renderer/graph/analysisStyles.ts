import type { StylesheetJson } from 'cytoscape';
import { STANCES } from '../../core/model/vocabulary';
import { STANCE_COLOR } from './palette';

/**
 * The stylesheet rules of the analysis features, all driven by data() and classes: metric size and
 * colour (msize, mcolor), the highlighted path, pinned nodes, dyad edges, and group (compound) nodes.
 */
export function analysisStyles(): StylesheetJson {
  return [
    { selector: 'node[msize]', style: { width: 'mapData(msize, 0, 1, 18, 72)', height: 'mapData(msize, 0, 1, 18, 72)' } },
    { selector: 'node[mcolor]', style: { 'background-color': 'data(mcolor)' } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#555555' } },
    { selector: '.off-path', style: { opacity: 0.15 } },
    { selector: 'edge.on-path', style: { width: 6, opacity: 1, 'z-index': 20, 'min-zoomed-font-size': 0 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#ff7f0e', 'z-index': 20 } },
    { selector: 'edge.collapsed-away', style: { display: 'none' } },
    {
      selector: 'edge.dyad',
      style: {
        width: 'mapData(count, 1, 6, 2, 9)',
        'curve-style': 'straight',
        label: 'data(label)',
        'target-arrow-shape': 'none',
        'line-style': 'solid',
        'min-zoomed-font-size': 9,
      },
    },
    ...STANCES.map((stance) => ({
      selector: `edge.dyad[stance = "${stance}"]`,
      style: { 'line-color': STANCE_COLOR[stance] },
    })) as StylesheetJson,
    { selector: 'edge.dyad.reciprocal', style: { 'source-arrow-shape': 'triangle', 'target-arrow-shape': 'triangle' } },
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'background-color': '#8aa4c8',
        'background-opacity': 0.12,
        'border-width': 1,
        'border-style': 'dashed',
        'border-color': '#6b7f99',
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'font-weight': 'bold',
        padding: '18px',
      },
    },
    { selector: 'node.group.collapsed', style: { 'background-opacity': 0.55, width: 54, height: 54, 'text-valign': 'bottom' } },
    { selector: 'node.in-collapsed', style: { display: 'none' } },
    { selector: 'edge.in-collapsed', style: { display: 'none' } },
    { selector: 'edge.meta', style: { 'line-style': 'solid', width: 'mapData(count, 1, 6, 2, 8)', label: 'data(label)', 'target-arrow-shape': 'none', opacity: 0.7 } },
  ];
}
