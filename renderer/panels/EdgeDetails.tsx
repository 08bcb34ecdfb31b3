import type { GraphEdge } from '../../core/model/schema';
import { formatSpan } from '../../core/model/time';
import { relationTypeInfo, relationTypeLabel } from '../../core/model/vocabulary';
import type { LoadedGraph } from '../state/appState';
import { AttributeList } from './AttributeList';
import { ElementLink } from './ElementLink';

export function EdgeDetails({ doc, edge }: { doc: LoadedGraph; edge: GraphEdge }) {
  const label = (id: string) => doc.index.nodesById.get(id)?.label ?? id;
  const cameoLabel = relationTypeInfo(edge.type)?.cameoLabel;
  const sources = new Map(doc.graph.sources.map((s) => [s.id, s]));
  return (
    <section className="details" aria-label={`Relation ${relationTypeLabel(edge.type)}`} data-testid="edge-details">
      <h2>
        <ElementLink kind="node" id={edge.source}>
          {label(edge.source)}
        </ElementLink>{' '}
        <span className={`relation-name stance-${edge.stance}`}>{relationTypeLabel(edge.type)}</span>{' '}
        <ElementLink kind="node" id={edge.target}>
          {label(edge.target)}
        </ElementLink>
      </h2>
      <dl>
        <dt>Type</dt>
        <dd>
          {relationTypeLabel(edge.type)} <code>{edge.type}</code>
        </dd>
        <dt>CAMEO</dt>
        <dd data-testid="edge-cameo">{edge.cameo ? `${edge.cameo}${cameoLabel ? ` ${cameoLabel}` : ''}` : 'none (not an event)'}</dd>
        <dt>Stance</dt>
        <dd className={`stance-${edge.stance}`} data-testid="edge-stance">
          {edge.stance}
        </dd>
        <dt>Goldstein</dt>
        <dd>{edge.goldstein === null ? '—' : edge.goldstein.toFixed(1)}</dd>
        <dt>Time</dt>
        <dd data-testid="edge-time">
          {edge.time ? formatSpan(edge.time) : 'undated'}
          {edge.time?.text ? ` — “${edge.time.text}”` : ''}
        </dd>
        <dt>Confidence</dt>
        <dd>{edge.confidence.toFixed(2)}</dd>
        <dt>Direction</dt>
        <dd>{edge.directed ? 'directed' : 'mutual'}</dd>
        {edge.note ? (
          <>
            <dt>Note</dt>
            <dd>{edge.note}</dd>
          </>
        ) : null}
      </dl>
      <AttributeList attributes={edge.attributes} />
      <h3>Evidence ({edge.evidence.length})</h3>
      {edge.evidence.length === 0 ? <p className="hint">This relation has no quoted evidence.</p> : null}
      {edge.evidence.map((ev, i) => (
        <figure key={i} className="evidence">
          <blockquote data-testid="evidence-quote">{ev.quote}</blockquote>
          <figcaption>
            {sources.get(ev.sourceId)?.title ?? ev.sourceId}, characters {ev.start}–{ev.end}
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
