import type { GraphEdge, GraphFile, GraphNode, Source } from '../../core/model/schema';
import { restoreQuotes, sourceTexts, withoutQuotes, type SourceTexts } from './sliceQuotes';

/**
 * A big graph crosses from the worker to the page in slices: each message is copied (structured
 * clone) on the page's thread as a task of its own, so 100,000 relations arrive as about a hundred short
 * tasks instead of one long one. The answer itself follows with the graph's arrays emptied.
 */
export const SLICE_ELEMENTS = 1_000;

export interface GraphSlice {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** The graph's sources, in the first slice only: its edges' quotes are cut from their texts (sliceQuotes.ts). */
  readonly sources?: Source[];
}

/** Where an answer holds its graph: `graph` (file imports) or `value` / `value.graph` (results). */
type Holder = { readonly graph: GraphFile; readonly put: (graph: GraphFile) => unknown };

function isGraph(value: unknown): value is GraphFile {
  return typeof value === 'object' && value !== null && Array.isArray((value as GraphFile).nodes) && Array.isArray((value as GraphFile).edges);
}

function holderOf(answer: unknown): Holder | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const record = answer as Record<string, unknown>;
  if (isGraph(record.graph)) return { graph: record.graph, put: (graph) => ({ ...record, graph }) };
  if (isGraph(record.value)) return { graph: record.value, put: (value) => ({ ...record, value }) };
  const inner = holderOf(record.value);
  return inner ? { graph: inner.graph, put: (graph) => ({ ...record, value: inner.put(graph) }) } : null;
}

/** Worker side: the slices to send first (none for a small graph) and the answer to send after them. */
export function sliceAnswer(answer: unknown, size = SLICE_ELEMENTS): { readonly slices: GraphSlice[]; readonly answer: unknown } {
  const holder = holderOf(answer);
  if (!holder || holder.graph.nodes.length + holder.graph.edges.length <= size) return { slices: [], answer };
  const { nodes, edges, sources } = holder.graph;
  const texts = sourceTexts(sources);
  const slices: GraphSlice[] = [{ nodes: [], edges: [], sources }];
  for (let i = 0; i < nodes.length; i += size) slices.push({ nodes: nodes.slice(i, i + size), edges: [] });
  for (let i = 0; i < edges.length; i += size) slices.push({ nodes: [], edges: withoutQuotes(edges.slice(i, i + size), texts) });
  return { slices, answer: holder.put({ ...holder.graph, sources: [], nodes: [], edges: [] }) };
}

/**
 * Page side: the graph's arrays, filled as the slices arrive, one slice per message task (copying
 * 110,000 elements into them when the answer came was a 50 ms task of its own at 100k relations).
 */
export interface ReceivedSlices {
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
  sources: Source[];
  texts: SourceTexts;
  count: number;
}

export function noSlices(): ReceivedSlices {
  return { nodes: [], edges: [], sources: [], texts: new Map(), count: 0 };
}

export function receiveSlice(received: ReceivedSlices, slice: GraphSlice): void {
  if (slice.sources) {
    received.sources = slice.sources;
    received.texts = sourceTexts(slice.sources);
  }
  for (const node of slice.nodes) received.nodes.push(node);
  restoreQuotes(slice.edges, received.texts);
  for (const edge of slice.edges) received.edges.push(edge);
  received.count++;
}

/** Page side: the answer with its graph's arrays refilled from the slices that came before it. */
export function joinAnswer(answer: unknown, received: ReceivedSlices): unknown {
  const holder = received.count > 0 ? holderOf(answer) : null;
  if (!holder) return answer;
  return holder.put({ ...holder.graph, sources: received.sources, nodes: received.nodes, edges: received.edges });
}
