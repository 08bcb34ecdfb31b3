import type { ActorType, Stance } from '../../core/model/vocabulary';

/**
 * One colour and shape per actor type (Tableau 10, colour-blind safe in pairs with the shapes),
 * and one colour per stance. Shared by the stylesheet and the legend so they cannot disagree.
 */
export const ACTOR_STYLE: Readonly<Record<ActorType, { readonly color: string; readonly shape: string }>> = {
  person: { color: '#4e79a7', shape: 'ellipse' },
  state: { color: '#f28e2b', shape: 'round-rectangle' },
  organisation: { color: '#76b7b2', shape: 'hexagon' },
  group: { color: '#b07aa1', shape: 'octagon' },
  document: { color: '#edc948', shape: 'tag' },
  event: { color: '#ff9da7', shape: 'diamond' },
  place: { color: '#9c755f', shape: 'triangle' },
  other: { color: '#bab0ac', shape: 'round-triangle' },
};

export const STANCE_COLOR: Readonly<Record<Stance, string>> = {
  cooperative: '#2e7d32',
  neutral: '#7b7b7b',
  conflictual: '#c62828',
};

/**
 * What the canvas draws besides the data colours, per theme (CSS variables cannot reach cytoscape).
 * The canvas background itself is CSS (`--canvas-bg` in theme.css).
 */
export interface CanvasColors {
  readonly label: string;
  readonly labelBackground: string;
  readonly edgeLabel: string;
  readonly nodeBorder: string;
  readonly selection: string;
  readonly match: string;
}

export const CANVAS_COLORS: Readonly<Record<'light' | 'dark', CanvasColors>> = {
  light: { label: '#1d1d1f', labelBackground: '#ffffff', edgeLabel: '#444444', nodeBorder: '#ffffff', selection: '#0b57d0', match: '#ffd400' },
  dark: { label: '#e8eaed', labelBackground: '#17181b', edgeLabel: '#c4c7cc', nodeBorder: '#17181b', selection: '#8ab4f8', match: '#ffd400' },
};
