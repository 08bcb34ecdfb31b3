import type { GraphFile, GraphNode } from '../../core/model/schema';

/**
 * The graph a call is about: sent whole (and then held by the worker under `hold`), or named by the
 * key of the one the worker already holds. Sending a 100k-relation graph to the worker costs the
 * page's thread about a second of copying; the export dialog asks for losses, then the export, of the
 * same graph, and an opened file's graph came from the worker in the first place.
 */
export type GraphRef = { readonly held: number } | { readonly graph: GraphFile; readonly hold: number };

/**
 * Where the view has each actor, as x, y pairs in the order of graph.nodes (NaN, NaN: keep the
 * actor's own position). A typed array moves to the worker instead of being copied.
 */
export type NodePositions = Float64Array<ArrayBuffer>;

let held: { readonly key: number; readonly graph: GraphFile } | null = null;

/** Worker side: lets the held graph go (a file is about to be read: at most one graph is held). */
export function releaseGraph(): void {
  held = null;
}

/** Worker side: the graph the worker holds from now on (an import's, or one a call sent). */
export function holdGraph(key: number, graph: GraphFile): void {
  held = { key, graph };
}

/** Worker side: the graph a call names. */
export function graphOf(ref: GraphRef): GraphFile {
  if ('graph' in ref) {
    holdGraph(ref.hold, ref.graph);
    return ref.graph;
  }
  // The page keeps track of what this worker holds (calls are answered in order), so this is a bug.
  if (held?.key !== ref.held) throw new Error(`The graph worker no longer holds graph ${ref.held}.`);
  return held.graph;
}

/** The graph with the actors where the view has them. */
export function withPositions(graph: GraphFile, positions: NodePositions | null): GraphFile {
  if (!positions) return graph;
  const nodes = graph.nodes.map((node, i): GraphNode => {
    const [x, y] = [positions[2 * i]!, positions[2 * i + 1]!];
    return Number.isNaN(x) || Number.isNaN(y) ? node : { ...node, position: { x, y } };
  });
  return { ...graph, nodes };
}

/**
 * Page side: which graph the worker holds, as the page's object. The worker answers calls in order,
 * so what the page last sent (or the import it last asked for) is what the worker holds.
 */
export class HeldGraphTracker {
  private held: { readonly graph: GraphFile; readonly key: number } | null = null;
  private nextKey = 1;

  /** A graph as a call argument: named when the worker holds it, else sent whole (and held from then on). */
  refFor(graph: GraphFile): GraphRef {
    if (this.held?.graph === graph) return { held: this.held.key };
    const key = this.nextKey++;
    this.held = { graph, key };
    return { graph, hold: key };
  }

  /** A key for the graph an import will hold; the worker lets the graph it held go when it starts reading. */
  reserveForImport(): number {
    this.held = null;
    return this.nextKey++;
  }

  /** The page's copy of an imported graph is the one the worker holds, unless a graph was sent since. */
  adoptImported(graph: GraphFile, key: number): void {
    if (this.nextKey === key + 1) this.held = { graph, key };
  }
}
