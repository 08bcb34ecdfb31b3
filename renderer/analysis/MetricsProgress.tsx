import { METRICS_PHASES, type MetricsPhase } from '../../core/analysis/metrics';
import { cancelMetrics } from './metricsClient';
import { computeMetricsAgain, useMetricsRun } from './metricsRunStore';

/** The table keeps the last values while newer ones compute (or were cancelled): say so above it. */
export function StaleMetricsProgress() {
  const run = useMetricsRun();
  return run.kind === 'idle' ? null : <MetricsProgress />;
}

const PHASE_LABELS: Readonly<Record<MetricsPhase, string>> = {
  betweenness: 'betweenness',
  closeness: 'closeness',
  pagerank: 'PageRank',
  communities: 'communities (Louvain)',
};

/** While metrics compute: which step of how many, and Cancel; after a cancel: Compute again. */
export function MetricsProgress() {
  const run = useMetricsRun();
  if (run.kind === 'cancelled') {
    return (
      <p className="hint" data-testid="metrics-progress" role="status">
        Metrics cancelled.{' '}
        <button type="button" onClick={computeMetricsAgain}>
          Compute again
        </button>
      </p>
    );
  }
  const step = run.kind === 'running' && run.phase ? ` ${PHASE_LABELS[run.phase]} (step ${METRICS_PHASES.indexOf(run.phase) + 1} of ${METRICS_PHASES.length})` : '';
  const actors = run.kind === 'running' ? ` for ${run.actors.toLocaleString('en-US')} actors` : '';
  return (
    <p className="hint" data-testid="metrics-progress" role="status">
      Computing metrics{actors}…{step}{' '}
      {run.kind === 'running' ? (
        <button type="button" onClick={cancelMetrics}>
          Cancel metrics
        </button>
      ) : null}
    </p>
  );
}
