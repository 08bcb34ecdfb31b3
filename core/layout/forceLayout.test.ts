import { describe, expect, it } from 'vitest';
import { ForceLayoutRun, iterationBudget } from './forceLayout';
import { spiralPositions } from './scatter';

/** Two 6-cliques joined by one relation: a force layout must draw them as two clusters. */
function twoCliques(): Uint32Array {
  const pairs: number[] = [];
  for (const offset of [0, 6])
    for (let a = 0; a < 6; a++) for (let b = a + 1; b < 6; b++) pairs.push(offset + a, offset + b);
  pairs.push(0, 6);
  return Uint32Array.from(pairs);
}

const distance = (p: Float64Array, a: number, b: number) => Math.hypot(p[2 * a]! - p[2 * b]!, p[2 * a + 1]! - p[2 * b + 1]!);

describe('force layout in steps', () => {
  it('separates two clusters: actors sit nearer their own clique than the other one', () => {
    const run = new ForceLayoutRun({ nodeCount: 12, edges: twoCliques() });
    while (!run.finished) run.step(50);
    const p = run.positions();
    let within = 0;
    let across = 0;
    for (let a = 0; a < 12; a++)
      for (let b = a + 1; b < 12; b++) {
        if (a < 6 === b < 6) within = Math.max(within, distance(p, a, b));
        else across += distance(p, a, b) / 36;
      }
    // The farthest pair inside a clique is nearer than the average pair across cliques.
    expect(within).toBeLessThan(across);
    expect([...p].every(Number.isFinite)).toBe(true);
  });

  it('reports progress step by step and stops at its budget', () => {
    const run = new ForceLayoutRun({ nodeCount: 12, edges: twoCliques() }, 25);
    expect(run.total).toBe(25);
    expect(run.step(10)).toBe(10);
    expect(run.completed).toBe(10);
    expect(run.step(100)).toBe(15);
    expect(run.finished).toBe(true);
    expect(run.step(10)).toBe(0);
  });

  it('is deterministic: the same graph is drawn the same way twice', () => {
    const draw = () => {
      const run = new ForceLayoutRun({ nodeCount: 12, edges: twoCliques() }, 40);
      run.step(40);
      return [...run.positions()];
    };
    expect(draw()).toEqual(draw());
  });

  it('starts from the given positions and leaves a graph without relations where it is', () => {
    const start = Float64Array.from([0, 0, 100, 0, 0, 100]);
    const run = new ForceLayoutRun({ nodeCount: 3, edges: new Uint32Array(0), positions: start });
    expect(run.total).toBe(0);
    expect([...run.positions()]).toEqual([0, 0, 100, 0, 0, 100]);
  });

  it('ignores self-loops and endpoints outside the actor range instead of failing', () => {
    const run = new ForceLayoutRun({ nodeCount: 2, edges: Uint32Array.from([0, 0, 0, 1, 1, 7]) }, 5);
    run.step(5);
    expect(run.positions()).toHaveLength(4);
  });

  it('gives big graphs fewer, costlier iterations', () => {
    expect(iterationBudget(100)).toBeGreaterThan(iterationBudget(3000));
    expect(iterationBudget(3000)).toBeGreaterThan(iterationBudget(10_000));
  });
});

describe('spiral start positions', () => {
  it('places every actor apart from every other', () => {
    const p = spiralPositions(200);
    let nearest = Infinity;
    for (let a = 0; a < 200; a++) for (let b = a + 1; b < 200; b++) nearest = Math.min(nearest, distance(p, a, b));
    expect(nearest).toBeGreaterThan(20);
  });
});
