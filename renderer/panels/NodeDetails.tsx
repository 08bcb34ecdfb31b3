import { otherEnd } from '../../core/graph/graphIndex';
import type { GraphNode } from '../../core/model/schema';
import { formatSpan } from '../../core/model/time';
import { ACTOR_TYPE_LABELS, relationTypeLabel } from '../../core/model/vocabulary';
import type { LoadedGraph } from '../state/appState';
import { AttributeList } from './AttributeList';
import { ElementLink } from './ElementLink';

export function NodeDetails({ doc, node }: { doc: LoadedGraph; node: GraphNode }) {
  const edges = (doc.index.incident.get(node.id) ?? []).flatMap((id) => {
    const edge = doc.index.edgesById.get(id);
    return edge ? [edge] : [];
  });
  const labelOf = (id: string) => doc.index.nodesById.get(id)?.label ?? id;
  const neighbourIds = [...new Set(edges.map((e) => otherEnd(e, node.id)))].sort((a, b) =>
    labelOf(a).localeCompare(labelOf(b)),
  );
  return (
    <section className="details" aria-label={`Actor ${node.label}`} data-testid="node-details">
      <h2>{node.label}</h2>
      <dl>
        <dt>Type</dt>
        <dd>{ACTOR_TYPE_LABELS[node.type]}</dd>
        {node.aliases.length > 0 ? (
          <>
            <dt>Also called</dt>
            <dd>{node.aliases.join(', ')}</dd>
          </>
        ) : null}
        {node.qid ? (
          <>
            <dt>Wikidata</dt>
            <dd>{node.qid}</dd>
          </>
        ) : null}
        {node.time ? (
          <>
            <dt>Time</dt>
            <dd>{formatSpan(node.time)}</dd>
          </>
        ) : null}
        {node.description ? (
          <>
            <dt>About</dt>
            <dd>{node.description}</dd>
          </>
        ) : null}
        <dt>Id</dt>
        <dd>
          <code>{node.id}</code>
        </dd>
      </dl>
      <AttributeList attributes={node.attributes} />
      <h3>Relations ({edges.length})</h3>
      <ul className="relation-list" data-testid="node-relations">
        {edges.map((edge) => {
          const outgoing = edge.source === node.id;
          const arrow = !edge.directed ? '—' : outgoing ? '→' : '←';
          return (
            <li key={edge.id}>
              <ElementLink kind="edge" id={edge.id} className={`stance-${edge.stance}`}>
                {arrow} {relationTypeLabel(edge.type)} {outgoing ? '' : 'from '}
                {labelOf(otherEnd(edge, node.id))}
              </ElementLink>
            </li>
          );
        })}
      </ul>
      <h3>Neighbours ({neighbourIds.length})</h3>
      <ul className="neighbour-list" data-testid="node-neighbours">
        {neighbourIds.map((id) => (
          <li key={id}>
            <ElementLink kind="node" id={id}>
              {labelOf(id)}
            </ElementLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
