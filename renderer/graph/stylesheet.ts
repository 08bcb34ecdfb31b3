import type { StylesheetJson } from 'cytoscape';
import { ACTOR_TYPES, STANCES } from '../../core/model/vocabulary';
import { ACTOR_STYLE, STANCE_COLOR } from './palette';

/**
 * One stylesheet driven by data() and classes (cytoscape.js advice): no per-element overrides,
 * no style functions. State from the store arrives as classes: hidden, selected, match, faded.
 */
export function buildStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 12,
        'font-family': 'system-ui, sans-serif',
        color: '#1d1d1f',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
        width: 28,
        height: 28,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...ACTOR_TYPES.map((type) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': ACTOR_STYLE[type].color, shape: ACTOR_STYLE[type].shape },
    })) as StylesheetJson,
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'line-color': STANCE_COLOR.neutral,
        'target-arrow-color': STANCE_COLOR.neutral,
        opacity: 0.85,
        label: 'data(typeLabel)',
        'font-size': 9,
        color: '#444444',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        // Edge labels appear once the analyst zooms in; at overview zoom they would cover the graph.
        'min-zoomed-font-size': 11,
      },
    },
    ...STANCES.map((stance) => ({
      selector: `edge[stance = "${stance}"]`,
      style: { 'line-color': STANCE_COLOR[stance], 'target-arrow-color': STANCE_COLOR[stance] },
    })) as StylesheetJson,
    { selector: 'edge[!directed]', style: { 'target-arrow-shape': 'none', 'line-style': 'dashed' } },
    { selector: 'edge[confidence < 0.7]', style: { 'line-style': 'dotted' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.match', style: { 'underlay-color': '#ffd400', 'underlay-opacity': 0.6, 'underlay-padding': 6 } },
    { selector: 'edge.match', style: { 'underlay-padding': 4 } },
    {
      selector: 'node.selected',
      style: { 'border-width': 4, 'border-color': '#0b57d0', 'font-weight': 'bold', 'z-index': 10 },
    },
    {
      selector: 'edge.selected',
      style: {
        width: 5,
        'z-index': 10,
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
        'font-size': 11,
        'overlay-color': '#0b57d0',
        'overlay-opacity': 0.25,
        'overlay-padding': 5,
      },
    },
    { selector: 'edge.incident', style: { width: 3, opacity: 1, 'min-zoomed-font-size': 0 } },
  ];
}
