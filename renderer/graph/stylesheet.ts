import type { StylesheetJson } from 'cytoscape';
import { ACTOR_TYPES, STANCES } from '../../core/model/vocabulary';
import { analysisStyles } from './analysisStyles';
import { getResolvedTheme } from '../theme/themeStore';
import { ACTOR_STYLE, CANVAS_COLORS, STANCE_COLOR, type CanvasColors } from './palette';

/**
 * One stylesheet driven by data() and classes (cytoscape.js advice): no per-element overrides,
 * no style functions. State from the store arrives as classes: hidden, selected, match, faded.
 * The theme swaps the whole sheet (cy.style(buildStylesheet(colors))); by default the sheet takes
 * the theme shown when it is built.
 */
export function buildStylesheet(colors: CanvasColors = CANVAS_COLORS[getResolvedTheme()], { large = false } = {}): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 12,
        'font-family': 'system-ui, sans-serif',
        color: colors.label,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-background-color': colors.labelBackground,
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
        width: 28,
        height: 28,
        'border-width': 1,
        'border-color': colors.nodeBorder,
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
        color: colors.edgeLabel,
        'text-rotation': 'autorotate',
        'text-background-color': colors.labelBackground,
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
    ...(large ? largeGraphBaseStyles() : []),
    ...analysisStyles(),
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.match', style: { 'underlay-color': colors.match, 'underlay-opacity': 0.6, 'underlay-padding': 6 } },
    { selector: 'edge.match', style: { 'underlay-padding': 4 } },
    {
      selector: 'node.selected',
      style: { 'border-width': 4, 'border-color': colors.selection, 'font-weight': 'bold', 'z-index': 10 },
    },
    {
      selector: 'edge.selected',
      style: {
        width: 5,
        'z-index': 10,
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
        'font-size': 11,
        'overlay-color': colors.selection,
        'overlay-opacity': 0.25,
        'overlay-padding': 5,
      },
    },
    { selector: 'edge.incident', style: { width: 3, opacity: 1, 'min-zoomed-font-size': 0 } },
    ...(large ? largeGraphHighlightStyles() : []),
  ];
}

/**
 * Level of detail for big graphs: straight-line "haystack" edges without labels or arrows, solid
 * (a dashed or dotted line is stroked dash by dash: at 50k relations that was most of the first
 * frame), node labels on one line and only when zoomed in; the selected actor's relations and the
 * selected relation get their arrows, labels and line styles back.
 */
function largeGraphBaseStyles(): StylesheetJson {
  return [
    { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, label: '', width: 1, opacity: 0.5, 'line-style': 'solid' } },
    { selector: 'node', style: { 'min-zoomed-font-size': 12, 'text-background-opacity': 0, 'text-wrap': 'none' } },
  ];
}

function largeGraphHighlightStyles(): StylesheetJson {
  const highlighted = ['edge.selected', 'edge.incident', 'edge.on-path'];
  return [
    { selector: highlighted.join(', '), style: { 'curve-style': 'straight', label: 'data(typeLabel)', opacity: 1 } },
    { selector: highlighted.map((s) => `${s}[!directed]`).join(', '), style: { 'line-style': 'dashed' } },
    { selector: highlighted.map((s) => `${s}[confidence < 0.7]`).join(', '), style: { 'line-style': 'dotted' } },
  ];
}
