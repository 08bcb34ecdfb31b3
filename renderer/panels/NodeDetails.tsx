import { useMemo } from 'react';
import { otherEnd } from '../../core/graph/graphIndex';
import type { GraphNode } from '../../core/model/schema';
import { formatSpan } from '../../core/model/time';
import { ACTOR_TYPE_LABELS, relationTypeLabel } from '../../core/model/vocabulary';
import type { LoadedGraph } from '../state/appState';
import { AttributeList } from './AttributeList';
import { ElementLink } from './ElementLink';
import { PagedList } from './PagedList';

export function NodeDetails({ doc, node }: { doc: LoadedGraph; node: GraphNode }) {
  const labelOf = (id: string) => doc.index.nodesById.get(id)?.label ?? id;
  // Kept per document and actor: the paged lists below start again at one page for another actor.
  const { edges, neighbourIds } = useMemo(() => {
    const incident = (doc.index.incident.get(node.id) ?? []).flatMap((id) => {
      const edge = doc.index.edgesById.get(id);
      return edge ? [edge] : [];
    });
    const label = (id: string) => doc.index.nodesById.get(id)?.label ?? id;
    const neighbours = [...new Set(incident.map((e) => otherEnd(e, node.id)))].sort((a, b) => label(a).localeCompare(label(b)));
    return { edges: incident, neighbourIds: neighbours };
  }, [doc, node.id]);
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
      <PagedList
        items={edges}
        keyOf={(edge) => edge.id}
        noun="relations"
        className="relation-list"
        testId="node-relations"
        render={(edge) => {
          const outgoing = edge.source === node.id;
          const arrow = !edge.directed ? '—' : outgoing ? '→' : '←';
          return (
            <ElementLink kind="edge" id={edge.id} className={`stance-${edge.stance}`}>
              {arrow} {relationTypeLabel(edge.type)} {outgoing ? '' : 'from '}
              {labelOf(otherEnd(edge, node.id))}
            </ElementLink>
          );
        }}
      />
      <h3>Neighbours ({neighbourIds.length})</h3>
      <PagedList
        items={neighbourIds}
        keyOf={(id) => id}
        noun="neighbours"
        className="neighbour-list"
        testId="node-neighbours"
        render={(id) => (
          <ElementLink kind="node" id={id}>
            {labelOf(id)}
          </ElementLink>
        )}
      />
    </section>
  );
}
