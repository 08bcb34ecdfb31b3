import { useState } from 'react';
import type { VisibleSet } from '../../core/filter/filters';
import type { LoadedGraph } from '../state/appState';
import { selectVisible } from '../state/derived';
import { useAppState } from '../state/store';
import { actorItems, relationItems, type ListItem } from './ListViewItems';
import { useSideTab } from './ListViewSideTab';
import { ListViewListbox } from './ListViewListbox';

/** The rows of both lists, and the graph and visible set they were made for. */
interface Lists {
  readonly doc: LoadedGraph;
  readonly visible: VisibleSet;
  readonly actors: readonly ListItem[];
  readonly relations: readonly ListItem[];
}

/**
 * Every visible actor and relation as a list: how the canvas is reached, selected and read without a
 * mouse. It shows what the canvas shows (filters and focus apply) and the canvas selection.
 */
export function ListView() {
  const doc = useAppState((s) => s.doc);
  const visible = useAppState(selectVisible);
  const selection = useAppState((s) => s.selection);
  // Sorting 100,000 rows takes a while: done when the Lists tab shows, not on every open or filter
  // change behind it. While hidden, the last lists stay (with their scroll) if they are still current.
  const shown = useSideTab() === 'lists';
  const [lists, setLists] = useState<Lists | null>(null);
  const current = lists && lists.doc === doc && lists.visible === visible ? lists : null;
  if (doc && shown && !current) setLists({ doc, visible, actors: actorItems(doc.index, visible.nodes), relations: relationItems(doc.index, visible.edges) });
  // A new graph opened behind the tab: let the old graph's rows go.
  else if (lists && lists.doc !== doc) setLists(null);
  if (!doc || !current) return <section className="list-view" aria-label="Actors and relations" />;
  const { actors, relations } = current;
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
