import type { GraphMetrics } from '../../core/analysis/metrics';
import type { VisibleSet } from '../../core/filter/filters';
import type { GraphFile } from '../../core/model/schema';
import type { Result } from '../../core/util/result';
import { graphWorker } from '../worker/graphWorkerClient';

/** Each graph version gets a number; the worker receives a graph only when its number is new. */
const keys = new WeakMap<GraphFile, number>();
let nextKey = 1;
let sentKey = 0;

export async function requestMetrics(graph: GraphFile, visible: VisibleSet, directed: boolean): Promise<Result<GraphMetrics>> {
  let key = keys.get(graph);
  if (key === undefined) {
    key = nextKey++;
    keys.set(graph, key);
  }
  const send = key !== sentKey;
  sentKey = key;
  return graphWorker().call('metrics', { graphKey: key, graph: send ? graph : null, nodes: [...visible.nodes], edges: [...visible.edges], directed });
}
