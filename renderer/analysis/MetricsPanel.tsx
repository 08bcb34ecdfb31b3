import { useEffect, useMemo, useState } from 'react';
import { METRIC_KEYS, type MetricKey } from '../state/appState';
import { selectVisible } from '../state/derived';
import { dispatch, store, useAppState } from '../state/store';
import { requestMetrics } from './metricsClient';
import { useMetricsAttempt } from './metricsRunStore';
import { MetricsProgress, StaleMetricsProgress } from './MetricsProgress';
import type { NodeMetrics } from '../../core/analysis/metrics';

export const METRIC_LABELS: Readonly<Record<MetricKey, string>> = {
  degree: 'Degree',
  degreeIn: 'In',
  degreeOut: 'Out',
  betweenness: 'Betweenness',
  closeness: 'Closeness',
  pagerank: 'PageRank',
};

type SortKey = MetricKey | 'label' | 'community';

/** Keeps the store's metrics in step with the visible graph (computed in the worker). */
export function useVisibleMetrics(enabled: boolean): void {
  const doc = useAppState((s) => s.doc);
  const visible = useAppState(selectVisible);
  const attempt = useMetricsAttempt();
  useEffect(() => {
    if (!enabled || !doc) return;
    if (store.getState().metrics?.forVisible === visible) return;
    let current = true;
    void requestMetrics(doc.graph, visible, false).then((result) => {
      // null: cancelled, or superseded by a newer request.
      if (current && result?.ok) dispatch({ type: 'metrics-computed', values: result.value, forVisible: visible });
    });
    return () => {
      current = false;
    };
  }, [enabled, doc, visible, attempt]);
}

/** Rows rendered at first and per "Show more". */
const METRICS_PAGE = 200;

const fmt = (key: SortKey, v: number) => (key === 'betweenness' || key === 'closeness' || key === 'pagerank' ? v.toFixed(4) : String(v));

/** A sortable table of actors with their metrics, in sync with the canvas selection; maps metrics to size or colour. */
export function MetricsPanel() {
  useVisibleMetrics(true);
  const doc = useAppState((s) => s.doc);
  const metrics = useAppState((s) => s.metrics);
  const selection = useAppState((s) => s.selection);
  const mapping = useAppState((s) => s.metricMapping);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'pagerank', descending: true });
  // A page of rows at a time: 10,000 actors as a table of 80,000 cells held the page for seconds.
  // The count belongs to one ordering of rows: new metrics or another sort start at one page again.
  const [page, setPage] = useState<{ rows: unknown; count: number }>({ rows: null, count: METRICS_PAGE });
  const rows = useMemo(() => {
    if (!doc || !metrics) return [];
    const list = [...metrics.values.nodes].map(([id, m]) => ({ id, label: doc.index.nodesById.get(id)?.label ?? id, m }));
    const value = (r: { label: string; m: NodeMetrics }) => (sort.key === 'label' ? r.label : sort.key === 'community' ? r.m.community : r.m[sort.key]);
    list.sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const c = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
      return (sort.descending ? -c : c) || a.label.localeCompare(b.label);
    });
    return list;
  }, [doc, metrics, sort]);
  const shown = page.rows === rows ? page.count : METRICS_PAGE;
  if (!doc) return null;
  if (!metrics) return <MetricsProgress />;
  const selectedBeyond = selection?.kind === 'node' ? rows.findIndex((r) => r.id === selection.id) : -1;
  const row = (r: (typeof rows)[number], rank: number | null) => (
    <tr key={r.id} aria-selected={selection?.kind === 'node' && selection.id === r.id}>
      <th scope="row">
        <button type="button" className="element-link" onClick={() => dispatch({ type: 'select', selection: { kind: 'node', id: r.id } })}>
          {r.label}
        </button>
        {rank !== null ? <span className="hint"> (row {rank.toLocaleString('en-US')})</span> : null}
      </th>
      {METRIC_KEYS.map((k) => (
        <td key={k}>{fmt(k, r.m[k])}</td>
      ))}
      <td>{r.m.community}</td>
    </tr>
  );

  const header = (key: SortKey, text: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== 'label' }))}>
        {text}
      </button>
    </th>
  );
  return (
    <section className="analysis metrics-panel" aria-label="Metrics">
      <div className="form-grid">
        <label>
          Node size by
          <select value={mapping.size ?? ''} onChange={(e) => dispatch({ type: 'metric-mapping', patch: { size: (e.target.value || null) as MetricKey | null } })}>
            <option value="">(same size)</option>
            {METRIC_KEYS.map((k) => (
              <option key={k} value={k}>
                {METRIC_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Node colour by
          <select value={mapping.color} onChange={(e) => dispatch({ type: 'metric-mapping', patch: { color: e.target.value as 'type' } })}>
            <option value="type">Actor type</option>
            <option value="community">Community (Louvain)</option>
            {METRIC_KEYS.map((k) => (
              <option key={k} value={k}>
                {METRIC_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <StaleMetricsProgress />
      <p className="hint" data-testid="metrics-summary">
        {metrics.values.nodes.size} actors · {metrics.values.communityCount} communities
        {metrics.values.modularity !== null ? ` · modularity ${metrics.values.modularity.toFixed(3)}` : ''} · undirected, as NetworkX's Graph
      </p>
      <div className="metrics-table-wrap">
        <table className="metrics-table" data-testid="metrics-table">
          <thead>
            <tr>
              {header('label', 'Actor')}
              {METRIC_KEYS.map((k) => header(k, METRIC_LABELS[k]))}
              {header('community', 'Community')}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((r) => row(r, null))}
            {selectedBeyond >= shown ? row(rows[selectedBeyond]!, selectedBeyond + 1) : null}
          </tbody>
        </table>
      </div>
      {rows.length > shown ? (
        <p className="hint">
          <button type="button" onClick={() => setPage({ rows, count: shown + METRICS_PAGE })}>
            Show {Math.min(METRICS_PAGE, rows.length - shown)} more
          </button>{' '}
          ({shown.toLocaleString('en-US')} of {rows.length.toLocaleString('en-US')} actors shown, in the order chosen)
        </p>
      ) : null}
    </section>
  );
}
