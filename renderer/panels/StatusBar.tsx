import { selectVisible } from '../state/derived';
import { useAppState } from '../state/store';
import { LayoutProgressBar } from '../layout/LayoutProgressBar';
import { TaskProgressBar } from '../app/TaskProgressBar';

/** Always-visible counts: what the filters and focus leave, out of the whole graph. */
export function StatusBar() {
  const doc = useAppState((s) => s.doc);
  const visible = useAppState(selectVisible);
  const focusDepth = useAppState((s) => s.focusDepth);
  const busy = useAppState((s) => s.busy);
  const notice = useAppState((s) => s.notice);
  return (
    <footer className="status-bar">
      <span data-testid="counts" aria-live="polite">
        {doc
          ? `${visible.nodes.size} / ${doc.graph.nodes.length} actors · ${visible.edges.size} / ${doc.graph.edges.length} relations`
          : 'No graph open'}
      </span>
      {focusDepth > 0 ? <span className="focus-indicator">Focus: depth {focusDepth}</span> : null}
      <LayoutProgressBar />
      <TaskProgressBar />
      {busy ? (
        <span className="busy" role="status">
          {busy}
        </span>
      ) : null}
      {notice ? (
        <span className="notice" role="status" data-testid="notice">
          {notice}
        </span>
      ) : null}
    </footer>
  );
}
