import { useEffect, useMemo, useRef } from 'react';
import { selectSearch, selectVisible } from '../state/derived';
import { dispatch, store, useAppState } from '../state/store';
import type { GraphView } from './graphView';

/**
 * Renders nothing (Gephi Lite convention): syncs the store to the cytoscape view.
 * Loading, layout, classes and jumps each have their own effect so one change does one thing.
 */
export function GraphController({ view }: { view: GraphView }) {
  const doc = useAppState((s) => s.doc);
  const visible = useAppState(selectVisible);
  const selection = useAppState((s) => s.selection);
  const search = useAppState(selectSearch);
  const layout = useAppState((s) => s.layout);
  const layoutRun = useAppState((s) => s.layoutRun);
  const jumpRun = useAppState((s) => s.jumpRun);
  const loadedDoc = useRef<typeof doc>(null);
  const positioned = useRef(false);

  const matches = useMemo(() => new Set(search.hits.map((h) => h.id)), [search]);

  useEffect(() => {
    if (!doc || loadedDoc.current === doc) return;
    loadedDoc.current = doc;
    positioned.current = view.load(doc.graph).positioned;
  }, [doc, view]);

  useEffect(() => {
    view.apply({ visible, selection, matches });
  }, [view, doc, visible, selection, matches]);

  useEffect(() => {
    if (!doc) return;
    // A file saved with positions opens as saved; any later layout request runs the algorithm.
    const markDone = () => document.body.setAttribute('data-layout-done', String(layoutRun));
    if (positioned.current) {
      positioned.current = false;
      const viewport = store.getState().pendingViewport;
      if (viewport) {
        view.setViewport(viewport);
        dispatch({ type: 'viewport-restored' });
      } else view.fit();
      markDone();
      return;
    }
    void view.runLayout(layout, false).then(markDone);
  }, [view, doc, layout, layoutRun]);

  useEffect(() => {
    const { hits } = selectSearch(store.getState());
    const hit = hits[store.getState().matchCursor];
    if (!hit) return;
    dispatch({ type: 'select', selection: { kind: hit.kind, id: hit.id } });
    view.reveal(hit.id);
  }, [view, jumpRun]);

  return null;
}
