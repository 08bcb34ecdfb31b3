import { relationTypeLabel } from '../../core/model/vocabulary';
import type { DyadEdge } from '../graph/overlays';
import type { LoadedGraph } from '../state/appState';
import { ElementLink } from './ElementLink';
import { aggregateDyads } from '../../core/analysis/dyads';
import type { VisibleSet } from '../../core/filter/filters';

/** A collapsed pair: its net stance and the relations it stands for, each selectable. */
export function DyadDetails({ doc, dyad, visible }: { doc: LoadedGraph; dyad: DyadEdge; visible: VisibleSet }) {
  const label = (id: string) => doc.index.nodesById.get(id)?.label ?? id;
  const full = aggregateDyads(doc.index, visible).find((d) => `dyad:${d.key}` === dyad.id);
  const edgeIds = full?.edgeIds ?? [];
  return (
    <section className="details" aria-label="Relations between two actors" data-testid="dyad-details">
      <h2>
        {label(dyad.a)} ⟷ {label(dyad.b)}
      </h2>
      <p>
        {dyad.count} relation{dyad.count === 1 ? '' : 's'} in the time range, net stance <span className={`stance-${dyad.stance}`}>{dyad.stance}</span> ({dyad.label.split('· ')[1]}
        ){dyad.reciprocal ? ', reciprocal' : ''}.
      </p>
      <ul className="relation-list">
        {edgeIds.map((id) => {
          const edge = doc.index.edgesById.get(id);
          if (!edge) return null;
          return (
            <li key={id}>
              <ElementLink kind="edge" id={id} className={`stance-${edge.stance}`}>
                {label(edge.source)} — {relationTypeLabel(edge.type)} → {label(edge.target)}
              </ElementLink>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
