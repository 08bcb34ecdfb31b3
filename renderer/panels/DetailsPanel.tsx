import { dispatch, useAppState } from '../state/store';
import { EdgeDetails } from './EdgeDetails';
import { NodeDetails } from './NodeDetails';
import type { FocusDepth } from '../state/appState';
import { deleteSelection } from '../edit/deleteSelection';
import { selectDyadEdges } from '../state/analysisViews';
import { selectVisible } from '../state/derived';
import { DyadDetails } from './DyadDetails';

export function DetailsPanel() {
  const doc = useAppState((s) => s.doc);
  const selection = useAppState((s) => s.selection);
  const focusDepth = useAppState((s) => s.focusDepth);
  const node = doc && selection?.kind === 'node' ? doc.index.nodesById.get(selection.id) : undefined;
  const edge = doc && selection?.kind === 'edge' ? doc.index.edgesById.get(selection.id) : undefined;
  const dyads = useAppState(selectDyadEdges);
  const visible = useAppState(selectVisible);
  const dyad = selection?.kind === 'edge' ? dyads?.find((d) => d.id === selection.id) : undefined;
  return (
    <section className="details-panel" aria-label="Details">
      <div className="focus-bar" role="group" aria-label="Focus on the selection">
        <span>Focus</span>
        {([1, 2, 3] as const).map((depth) => (
          <button
            key={depth}
            type="button"
            aria-pressed={focusDepth === depth}
            disabled={!selection}
            onClick={() => dispatch({ type: 'focus', depth: depth as FocusDepth })}
            title={`Show only the selection and what lies within ${depth} step${depth > 1 ? 's' : ''} (${depth})`}
          >
            Depth {depth}
          </button>
        ))}
        <button type="button" disabled={focusDepth === 0} onClick={() => dispatch({ type: 'focus', depth: 0 })} title="Show the whole graph (0)">
          Show all
        </button>
      </div>
      <div className="edit-bar" role="group" aria-label="Edit the graph">
        <button type="button" disabled={!doc} onClick={() => dispatch({ type: 'edit', editor: { kind: 'node', id: null } })}>
          Add actor
        </button>
        <button type="button" disabled={!doc || doc.graph.nodes.length === 0} onClick={() => dispatch({ type: 'edit', editor: { kind: 'edge', id: null } })}>
          Add relation
        </button>
        <button type="button" disabled={!selection} onClick={() => selection && dispatch({ type: 'edit', editor: selection })} title="Edit the selection (F2)">
          Edit
        </button>
        <button type="button" disabled={!selection} onClick={() => deleteSelection()} title="Delete the selection (Delete)">
          Delete
        </button>
      </div>
      {doc && node ? <NodeDetails doc={doc} node={node} /> : null}
      {doc && edge ? <EdgeDetails doc={doc} edge={edge} /> : null}
      {doc && dyad ? <DyadDetails doc={doc} dyad={dyad} visible={visible} /> : null}
      {!node && !edge && !dyad ? (
        <p className="hint">Select an actor or a relation on the canvas, in a list, or by search to read its details and evidence.</p>
      ) : null}
    </section>
  );
}
