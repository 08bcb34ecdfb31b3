/**
 * Deterministic starting places for a graph opened without positions: a sunflower (phyllotaxis)
 * spiral, evenly spread, no overlaps, computed in O(n). Big graphs paint at once in these places
 * while the force layout refines them in the background.
 */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function spiralPositions(count: number, spacing = 40): Float64Array {
  const out = new Float64Array(count * 2);
  for (let i = 0; i < count; i++) {
    const r = spacing * Math.sqrt(i + 0.5);
    const a = i * GOLDEN_ANGLE;
    out[2 * i] = Math.round(r * Math.cos(a) * 100) / 100;
    out[2 * i + 1] = Math.round(r * Math.sin(a) * 100) / 100;
  }
  return out;
}
