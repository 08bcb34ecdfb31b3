import type { GraphMetrics, MetricsPhase } from '../../core/analysis/metrics';
import type { GraphFile } from '../../core/model/schema';
import type { Result } from '../../core/util/result';

/**
 * The metrics worker's messages. It keeps the last graph it was sent (by `graphKey`), so a filter
 * change sends only the visible ids; `graph` is null when the worker already holds that version.
 */
export interface MetricsRequest {
  readonly graphKey: number;
  readonly graph: GraphFile | null;
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  readonly directed: boolean;
}

export type MetricsReply =
  | { readonly kind: 'phase'; readonly phase: MetricsPhase }
  | { readonly kind: 'done'; readonly result: Result<GraphMetrics> }
  | { readonly kind: 'crash'; readonly message: string };
