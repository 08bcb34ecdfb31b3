import { computeMetrics } from '../../core/analysis/metrics';
import { buildGraphIndex, type GraphIndex } from '../../core/graph/graphIndex';
import { err, ok } from '../../core/util/result';
import type { MetricsReply, MetricsRequest } from './metricsMessages';

/**
 * Centralities and communities in a worker of their own (not the graph worker): exact betweenness
 * and closeness take minutes at 10k actors / 100k relations, and imports, exports and the export's
 * loss check must not wait behind them. The page terminates this worker to cancel or supersede a run.
 */
let cached: { key: number; index: GraphIndex } | null = null;

const post = (reply: MetricsReply) => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent<MetricsRequest>) => {
  const { graphKey, graph, nodes, edges, directed } = event.data;
  try {
    if (graph) cached = { key: graphKey, index: buildGraphIndex(graph) };
    if (!cached || cached.key !== graphKey) {
      post({ kind: 'done', result: err('The graph changed; ask again.') });
      return;
    }
    const values = computeMetrics(cached.index, { nodes: new Set(nodes), edges: new Set(edges) }, { directed, onPhase: (phase) => post({ kind: 'phase', phase }) });
    post({ kind: 'done', result: ok(values) });
  } catch (e) {
    post({ kind: 'crash', message: e instanceof Error ? e.message : String(e) });
  }
});
