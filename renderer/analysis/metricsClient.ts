import type { GraphMetrics } from '../../core/analysis/metrics';
import type { VisibleSet } from '../../core/filter/filters';
import type { GraphFile } from '../../core/model/schema';
import { err, type Result } from '../../core/util/result';
import type { MetricsReply, MetricsRequest } from './metricsMessages';
import { setMetricsRun } from './metricsRunStore';

/** Each graph version gets a number; the worker receives a graph only when its number is new. */
const keys = new WeakMap<GraphFile, number>();
let nextKey = 1;
/** The version the live worker holds (0: none, e.g. after a terminate). */
let sentKey = 0;
let worker: Worker | null = null;
/** The request in flight: settled with null when cancelled or superseded. */
let running: {
  readonly settle: (result: Result<GraphMetrics> | null) => void;
  readonly asked: { readonly graph: GraphFile; readonly visible: VisibleSet; readonly directed: boolean };
  readonly answer: Promise<Result<GraphMetrics> | null>;
} | null = null;

function stopWorker(): void {
  worker?.terminate();
  worker = null;
  sentKey = 0;
}

/**
 * Metrics of the visible graph, computed in their own worker (see metricsWorker.ts). A newer
 * request supersedes one in flight: that worker is terminated (its answer would be stale) and the
 * older promise resolves with null, as it does when the analyst cancels.
 */
export function requestMetrics(graph: GraphFile, visible: VisibleSet, directed: boolean): Promise<Result<GraphMetrics> | null> {
  // The panel and the canvas's metric mapping ask for the same metrics at once: one run serves both.
  if (running && running.asked.graph === graph && running.asked.visible === visible && running.asked.directed === directed) return running.answer;
  if (running) {
    running.settle(null);
    stopWorker();
  }
  let key = keys.get(graph);
  if (key === undefined) {
    key = nextKey++;
    keys.set(graph, key);
  }
  const live = (worker ??= new Worker(new URL('./metricsWorker.ts', import.meta.url), { type: 'module' }));
  const send = key !== sentKey;
  sentKey = key;
  setMetricsRun({ kind: 'running', actors: visible.nodes.size, phase: null });
  let settle: (result: Result<GraphMetrics> | null) => void = () => undefined;
  const answer = new Promise<Result<GraphMetrics> | null>((resolve) => {
    const onMessage = (event: MessageEvent<MetricsReply>) => {
      const reply = event.data;
      if (reply.kind === 'phase') setMetricsRun({ kind: 'running', actors: visible.nodes.size, phase: reply.phase });
      else {
        settle(reply.kind === 'done' ? reply.result : err(reply.message));
        setMetricsRun({ kind: 'idle' });
      }
    };
    settle = (result) => {
      live.removeEventListener('message', onMessage);
      if (running === entry) running = null;
      resolve(result);
    };
    live.addEventListener('message', onMessage);
  });
  const entry = { settle, asked: { graph, visible, directed }, answer };
  running = entry;
  const request: MetricsRequest = { graphKey: key, graph: send ? graph : null, nodes: [...visible.nodes], edges: [...visible.edges], directed };
  live.postMessage(request);
  return answer;
}

/** The analyst's Cancel: the worker is terminated, nothing of the run is kept. */
export function cancelMetrics(): void {
  if (!running) return;
  running.settle(null);
  stopWorker();
  setMetricsRun({ kind: 'cancelled' });
}
