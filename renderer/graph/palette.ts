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
