import { useEffect, useRef, useState } from 'react';
import { dispatch } from '../state/store';
import { GraphController } from './GraphController';
import { CanvasScopeNotice } from './CanvasScopeNotice';
import { GraphView } from './graphView';
import { setGraphView } from './viewRegistry';

/** The canvas element and the cytoscape view that lives in it for the window's lifetime. */
export function GraphCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<GraphView | null>(null);

  useEffect(() => {
    if (!container.current) return undefined;
    const created = new GraphView(
      container.current,
      (selection) => {
        // A tap on a group box collapses or expands it; meta edges stand for several relations.
        if (selection?.id.startsWith('group:')) dispatch({ type: 'toggle-group', group: selection.id.slice('group:'.length) });
        else if (selection?.id.startsWith('meta:')) return;
        else dispatch({ type: 'select', selection });
      },
      (positionsBefore) => dispatch({ type: 'nodes-moved', positionsBefore }),
    );
    setGraphView(created);
    setView(created);
    return () => {
      setGraphView(null);
      created.destroy();
    };
  }, []);

  return (
    <div className="canvas-wrap">
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph-canvas"
        role="img"
        aria-label="Graph of actors and relations. Use the lists in the side panels to reach every actor and relation by keyboard."
      />
      {view ? <GraphController view={view} /> : null}
      <CanvasScopeNotice />
    </div>
  );
}
