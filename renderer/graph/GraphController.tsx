import { useEffect, useMemo, useRef } from 'react';
import { selectSearch, selectVisible } from '../state/derived';
import { dispatch, store, useAppState } from '../state/store';
import { useResolvedTheme } from '../theme/themeStore';
import type { GraphView } from './graphView';
import { CANVAS_COLORS } from './palette';
import { currentDrawLimit, useDrawLimitChoice } from './drawLimit';
import { getCanvasScope } from './canvasScopeStore';
import { afterPaint } from '../app/afterPaint';
import { selectDyadEdges, selectGroups, selectNodeData } from '../state/analysisViews';
import { useVisibleMetrics } from '../analysis/MetricsPanel';

const MAX_CANVAS_MATCHES = 2000;

/**
 * Renders nothing (Gephi Lite convention): syncs the store to the cytoscape view.
 * Loading, layout, classes and jumps each have their own effect so one change does one thing.
 */
export function GraphController({ view }: { view: GraphView }) {
  const doc = useAppState((s) => s.doc);
  const visible = useAppState(selectVisible);
  const selection = useAppState((s) => s.selection);
  const search = useAppState(selectSearch);
  const layoutRun = useAppState((s) => s.layoutRun);
  const layout = useAppState((s) => s.layout);
  const loadId = useAppState((s) => s.doc?.loadId ?? 0);
  const jumpRun = useAppState((s) => s.jumpRun);
  const pinnedIds = useAppState((s) => s.pinnedIds);
  const pendingPositions = useAppState((s) => s.pendingPositions);
  const pinned = useMemo(() => new Set(pinnedIds), [pinnedIds]);
  const activePath = useAppState((s) => s.activePath);
  const dyads = useAppState(selectDyadEdges);
  const nodeData = useAppState(selectNodeData);
  const groups = useAppState(selectGroups);
  const collapsedGroups = useAppState((s) => s.collapsedGroups);
  const metricsWanted = useAppState((s) => s.metricMapping.size !== null || s.metricMapping.color !== 'type' || s.groupBy === 'community');
  useVisibleMetrics(metricsWanted);
  const loadedDoc = useRef<typeof doc>(null);
  const positioned = useRef(false);

  // The canvas marks the best matches only: a one-letter query in a big graph matches most of it,
  // and marking 100,000 elements per keystroke helps nobody. The counter and stepping use them all.
  const matches = useMemo(() => new Set(search.hits.slice(0, MAX_CANVAS_MATCHES).map((h) => h.id)), [search]);
  const theme = useResolvedTheme();

  useEffect(() => view.setCanvasColors(CANVAS_COLORS[theme]), [view, theme]);

  const drawLimit = useDrawLimitChoice();
  const drawLimitSeen = useRef(drawLimit);
  useEffect(() => {
    if (drawLimitSeen.current === drawLimit) return;
    drawLimitSeen.current = drawLimit;
    void drawWithinNewLimit(view);
  }, [view, drawLimit]);

  useEffect(() => {
    if (!doc || loadedDoc.current === doc) return;
    // An edit of the same document updates the elements in place; a new file replaces them.
    if (loadedDoc.current?.loadId === doc.loadId) view.sync(doc.graph);
    else positioned.current = view.load(doc.graph).positioned;
    loadedDoc.current = doc;
  }, [doc, view]);

  useEffect(() => {
    view.apply({ visible, selection, matches, pinned, layout });
  }, [view, doc, visible, selection, matches, pinned, layout]);

  // Analysis overlays: each re-applied after the elements or the visible set change.
  useEffect(() => {
    view.setDyads(dyads);
  }, [view, doc, visible, dyads]);

  useEffect(() => {
    view.setGroups(groups, new Set(collapsedGroups));
  }, [view, doc, visible, dyads, groups, collapsedGroups]);

  useEffect(() => {
    view.setNodeData(nodeData);
  }, [view, doc, nodeData]);

  useEffect(() => {
    view.setPath(activePath);
  }, [view, doc, visible, dyads, groups, activePath]);

  useEffect(() => {
    if (!pendingPositions) return;
    view.setPositions(pendingPositions);
    dispatch({ type: 'positions-applied' });
  }, [view, pendingPositions]);

  useEffect(() => {
    if (loadId === 0) return;
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
    void view.runLayout(store.getState().layout, false).then(markDone);
  }, [view, loadId, layoutRun]);

  useEffect(() => {
    const { hits } = selectSearch(store.getState());
    const hit = hits.at(store.getState().matchCursor);
    if (!hit) return;
    dispatch({ type: 'select', selection: { kind: hit.kind, id: hit.id } });
    view.reveal(hit.id);
  }, [view, jumpRun]);

  return null;
}

/**
 * A raised limit may draw a waiting canvas: a big part holds the window, so the status bar says so
 * first (painted before), as D does.
 */
async function drawWithinNewLimit(view: GraphView): Promise<void> {
  const scope = getCanvasScope();
  const { actors, relations } = currentDrawLimit();
  const draws = scope.kind === 'waiting' && scope.actors <= actors && scope.relations <= relations;
  if (draws) {
    dispatch({ type: 'busy', message: `Drawing ${scope.actors.toLocaleString('en-US')} actors and ${scope.relations.toLocaleString('en-US')} relations…` });
    await afterPaint();
  }
  view.drawLimitChanged();
  if (draws) dispatch({ type: 'busy', message: null });
}
