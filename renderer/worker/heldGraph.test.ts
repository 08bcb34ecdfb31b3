import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate';
import type { GraphFile } from '../../core/model/schema';
import { graphOf, HeldGraphTracker, holdGraph, releaseGraph, withPositions } from './heldGraph';

const copy = (graph: GraphFile): GraphFile => structuredClone(graph);

describe('the graph the worker holds', () => {
  it('page and worker agree: sent once, then named; a new graph, an import, a failed import', () => {
    const page = new HeldGraphTracker();
    const first = generateGraph({ edges: 20, seed: 1 });
    const sent = page.refFor(first);
    expect('graph' in sent).toBe(true);
    expect(graphOf(sent)).toBe(first);
    const named = page.refFor(first);
    expect(named).toEqual({ held: (sent as { hold: number }).hold });
    expect(graphOf(named)).toBe(first);

    // An edit makes a new graph object: sent whole again.
    const edited = { ...first, edges: first.edges.slice(1) };
    const again = page.refFor(edited);
    expect('graph' in again && again.graph).toBe(edited);
    expect(graphOf(again)).toBe(edited);

    // An import the worker holds (its own copy of the graph); the page adopts its copy.
    const key = page.reserveForImport();
    releaseGraph();
    const workerCopy = copy(first);
    holdGraph(key, workerCopy);
    const pageCopy = copy(first);
    page.adoptImported(pageCopy, key);
    expect(page.refFor(pageCopy)).toEqual({ held: key });
    expect(graphOf({ held: key })).toBe(workerCopy);

    // A failed import: the worker let its graph go, and the page sends the open graph whole.
    page.reserveForImport();
    releaseGraph();
    expect('graph' in page.refFor(pageCopy)).toBe(true);
    expect(() => graphOf({ held: key })).toThrow(`The graph worker no longer holds graph ${key}.`);
  });

  it('an import answered after a graph was sent since is not adopted', () => {
    const page = new HeldGraphTracker();
    const key = page.reserveForImport();
    const other = generateGraph({ edges: 20, seed: 1 });
    page.refFor(other);
    page.adoptImported(copy(other), key);
    expect(page.refFor(other)).toMatchObject({ held: expect.any(Number) as number });
  });

  it('positions from the view replace the actors\' own; NaN keeps them', () => {
    const graph = generateGraph({ edges: 20, seed: 1 });
    const positions = new Float64Array(2 * graph.nodes.length).fill(Number.NaN);
    positions[0] = 12.5;
    positions[1] = -3;
    const placed = withPositions(graph, positions);
    expect(placed.nodes[0]!.position).toEqual({ x: 12.5, y: -3 });
    expect(placed.nodes.slice(1)).toEqual(graph.nodes.slice(1));
    expect(withPositions(graph, null)).toBe(graph);
  });
});
