import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { spiralPositions } from './scatter';

/**
 * ForceAtlas2 (Gephi's layout, via graphology) in steps, so a caller off the main thread can report
 * progress between steps and stop at any point. Scales to 10k actors / 100k relations with the
 * Barnes–Hut approximation, where fCoSE takes seconds per thousand relations.
 */
export interface ForceLayoutInput {
  /** Number of actors; actor i is index i in `edges` and `positions`. */
  readonly nodeCount: number;
  /** Endpoint indices, two per relation (source, target). Parallel relations pull harder. */
  readonly edges: Uint32Array;
  /** x, y per actor to start from (the current drawing); a spiral when absent. */
  readonly positions?: Float64Array;
}

/** How many iterations a graph of this size gets: fewer for big graphs, each of them costs more. */
export function iterationBudget(nodeCount: number): number {
  if (nodeCount <= 500) return 500;
  if (nodeCount <= 2000) return 300;
  if (nodeCount <= 5000) return 150;
  return 80;
}

export class ForceLayoutRun {
  readonly total: number;
  private done = 0;
  private readonly graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  private readonly settings: ReturnType<typeof forceAtlas2.inferSettings>;

  constructor(input: ForceLayoutInput, iterations = iterationBudget(input.nodeCount)) {
    const start = input.positions ?? spiralPositions(input.nodeCount);
    for (let i = 0; i < input.nodeCount; i++) this.graph.addNode(i, { x: start[2 * i], y: start[2 * i + 1] });
    for (let e = 0; e + 1 < input.edges.length; e += 2) {
      const s = input.edges[e]!;
      const t = input.edges[e + 1]!;
      if (s !== t && s < input.nodeCount && t < input.nodeCount) this.graph.addEdge(s, t);
    }
    // Gephi's inferred settings (Barnes–Hut above 2,000 actors), with gravity so that separate
    // components do not drift apart forever.
    this.settings = { ...forceAtlas2.inferSettings(this.graph), gravity: 1, scalingRatio: 10 };
    this.total = this.graph.order > 0 && this.graph.size > 0 ? iterations : 0;
  }

  get completed(): number {
    return this.done;
  }

  get finished(): boolean {
    return this.done >= this.total;
  }

  /** Runs up to `iterations` more iterations; returns how many ran. */
  step(iterations: number): number {
    const n = Math.min(iterations, this.total - this.done);
    if (n <= 0) return 0;
    forceAtlas2.assign(this.graph, { iterations: n, settings: this.settings, getEdgeWeight: null });
    this.done += n;
    return n;
  }

  /** x, y per actor, in input order, rounded to hundredths like saved positions. */
  positions(): Float64Array {
    const out = new Float64Array(this.graph.order * 2);
    this.graph.forEachNode((key, attributes) => {
      const i = Number(key);
      out[2 * i] = Math.round((attributes.x as number) * 100) / 100;
      out[2 * i + 1] = Math.round((attributes.y as number) * 100) / 100;
    });
    return out;
  }
}
