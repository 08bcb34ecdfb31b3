import type { LoadedGraph } from '../state/appState';

/** A labelled select of the visible actors, sorted by label. */
export function ActorPicker(props: { label: string; doc: LoadedGraph; visible: ReadonlySet<string>; value: string | null; onChange: (id: string | null) => void }) {
  const actors = props.doc.graph.nodes.filter((n) => props.visible.has(n.id)).sort((a, b) => a.label.localeCompare(b.label));
  return (
    <label>
      {props.label}
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || null)}>
        <option value="">(choose an actor)</option>
        {actors.map((n) => (
          <option key={n.id} value={n.id}>
            {n.label}
          </option>
        ))}
      </select>
    </label>
  );
}
