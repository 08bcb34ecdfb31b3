import { useMemo } from 'react';
import { evidenceChain, shortestPath, simplePaths, type Path } from '../../core/analysis/paths';
import { selectVisible } from '../state/derived';
import { dispatch, useAppState } from '../state/store';
import { ElementLink } from '../panels/ElementLink';
import { ActorPicker } from './ActorPicker';

const SHOWN = 50;

/** "How is China tied to Ukraine?": the shortest path and all simple paths up to a length, over the visible graph. */
export function PathsPanel() {
  const doc = useAppState((s) => s.doc);
  const visible = useAppState(selectVisible);
  const query = useAppState((s) => s.pathQuery);
  const active = useAppState((s) => s.activePath);
  const result = useMemo(() => {
    if (!doc || !query.from || !query.to || query.from === query.to) return null;
    return {
      shortest: shortestPath(doc.index, visible, query.from, query.to),
      all: simplePaths(doc.index, visible, query.from, query.to, query.maxLength),
    };
  }, [doc, visible, query]);
  if (!doc) return null;
  const label = (id: string) => doc.index.nodesById.get(id)?.label ?? id;
  const isActive = (p: Path) => active !== null && active.edgeIds.join('\u0000') === p.edgeIds.join('\u0000');
  const chain = active ? evidenceChain(doc.index, active) : [];

  return (
    <section className="analysis paths-panel" aria-label="Paths">
      <div className="form-grid">
        <ActorPicker label="From" doc={doc} visible={visible.nodes} value={query.from} onChange={(from) => dispatch({ type: 'path-query', patch: { from } })} />
        <ActorPicker label="To" doc={doc} visible={visible.nodes} value={query.to} onChange={(to) => dispatch({ type: 'path-query', patch: { to } })} />
        <label>
          Longest path (steps)
          <input type="number" min={1} max={8} value={query.maxLength} onChange={(e) => dispatch({ type: 'path-query', patch: { maxLength: Math.max(1, Math.min(8, Number(e.target.value))) } })} />
        </label>
      </div>
      {result && !result.shortest ? <p role="status">No path between {label(query.from!)} and {label(query.to!)} over the visible relations.</p> : null}
      {result?.shortest ? (
        <>
          <p role="status" data-testid="path-summary">
            Shortest: {result.shortest.edgeIds.length} step{result.shortest.edgeIds.length === 1 ? '' : 's'}. {result.all.paths.length}
            {result.all.capped ? '+' : ''} simple path{result.all.paths.length === 1 ? '' : 's'} of at most {query.maxLength} steps.
          </p>
          <ol className="path-list" data-testid="path-list">
            {result.all.paths.slice(0, SHOWN).map((p, i) => (
              <li key={i}>
                <button type="button" aria-pressed={isActive(p)} onClick={() => dispatch({ type: 'active-path', path: isActive(p) ? null : { nodeIds: p.nodeIds, edgeIds: p.edgeIds } })}>
                  {p.nodeIds.map(label).join(' → ')}
                </button>
              </li>
            ))}
          </ol>
          {result.all.paths.length > SHOWN ? <p className="hint">Showing the first {SHOWN}; shorten the length or filter to see fewer.</p> : null}
        </>
      ) : null}
      {active ? (
        <section aria-label="Evidence along the path" data-testid="path-evidence">
          <h3>Evidence along the path</h3>
          <ol className="evidence-chain">
            {chain.map((link) => (
              <li key={link.edgeId}>
                <ElementLink kind="edge" id={link.edgeId} className={`stance-${link.stance}`}>
                  {label(link.from)} — {link.typeLabel}
                  {link.reversed ? ' (reverse)' : ''} → {label(link.to)}
                </ElementLink>
                {link.quotes.map((q, i) => (
                  <blockquote key={i}>{q.quote}</blockquote>
                ))}
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => dispatch({ type: 'active-path', path: null })}>
            Clear path highlight
          </button>
        </section>
      ) : null}
    </section>
  );
}
