import type { ActorType, Stance } from '../../model/vocabulary';

/**
 * The app's colours (Tableau 10), for the graphics the XML formats carry: GEXF viz:color and yEd
 * fills. The same values as renderer/graph/palette.ts, which core/ cannot import.
 */
export const ACTOR_COLORS: Readonly<Record<ActorType, string>> = {
  person: '#4e79a7',
  state: '#f28e2b',
  organisation: '#76b7b2',
  group: '#b07aa1',
  document: '#edc948',
  event: '#ff9da7',
  place: '#9c755f',
  other: '#bab0ac',
};

export const STANCE_COLORS: Readonly<Record<Stance, string>> = {
  cooperative: '#2e7d32',
  neutral: '#7b7b7b',
  conflictual: '#c62828',
};

/** "#f28e2b" → [242, 142, 43]. */
export function rgb(hex: string): readonly [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
