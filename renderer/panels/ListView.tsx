import { useMemo } from 'react';
import { selectVisible } from '../state/derived';
import { useAppState } from '../state/store';
import { actorItems, relationItems } from './ListViewItems';
import { ListViewListbox } from './ListViewListbox';

/**
 * Every visible actor and relation as a list: how the canvas is reached, selected and read without a
 * mouse. It shows what the canvas shows (filters and focus apply) and the canvas selection.
 */
export function ListView() {
  const doc = useAppState((s) => s.doc);
  const visible = useAppState(selectVisible);
  const selection = useAppState((s) => s.selection);
  const actors = useMemo(() => (doc ? actorItems(doc.index, visible.nodes) : []), [doc, visible]);
  const relations = useMemo(() => (doc ? relationItems(doc.index, visible.edges) : []), [doc, visible]);
  if (!doc) return <section className="list-view" aria-label="Actors and relations" />;
  return (
    <section className="list-view" aria-label="Actors and relations" data-testid="list-view">
      <h2 id="list-actors-heading" data-testid="list-actors-heading">
        Actors ({actors.length} of {doc.graph.nodes.length})
      </h2>
      <ListViewListbox
        labelledBy="list-actors-heading"
        items={actors}
        selectedId={selection?.kind === 'node' ? selection.id : null}
        emptyText="No actors are visible: the filters or the focus hide them all."
        testId="list-actors"
      />
      <h2 id="list-relations-heading" data-testid="list-relations-heading">
        Relations ({relations.length} of {doc.graph.edges.length})
      </h2>
      <ListViewListbox
        labelledBy="list-relations-heading"
        items={relations}
        selectedId={selection?.kind === 'edge' ? selection.id : null}
        emptyText="No relations are visible: the filters or the focus hide them all."
        testId="list-relations"
      />
    </section>
  );
}
