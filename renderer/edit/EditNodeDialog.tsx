import { useState } from 'react';
import { freshId, upsertNode } from '../../core/graph/edits';
import type { GraphNode } from '../../core/model/schema';
import { ACTOR_TYPE_LABELS, ACTOR_TYPES } from '../../core/model/vocabulary';
import { Modal } from '../panels/Modal';
import type { LoadedGraph } from '../state/appState';
import { dispatch } from '../state/store';
import { applyEdit } from './applyEdit';
import { spanFromInputs } from './timeInput';
import { TimeFields } from './TimeFields';

/** Add or edit an actor; the schema checks every field before anything changes. */
export function EditNodeDialog({ doc, node }: { doc: LoadedGraph; node: GraphNode | null }) {
  const [label, setLabel] = useState(node?.label ?? '');
  const [type, setType] = useState<string>(node?.type ?? 'person');
  const [aliases, setAliases] = useState(node?.aliases.join('; ') ?? '');
  const [qid, setQid] = useState(node?.qid ?? '');
  const [description, setDescription] = useState(node?.description ?? '');
  const [start, setStart] = useState(node?.time?.start ?? '');
  const [end, setEnd] = useState(node?.time?.end ?? '');
  const [problems, setProblems] = useState<readonly string[]>([]);
  const close = () => dispatch({ type: 'edit', editor: null });

  const save = () => {
    const id = node?.id ?? freshId(doc.graph, label || 'actor');
    const result = upsertNode(doc.graph, {
      ...(node ?? {}),
      id,
      label: label.trim(),
      type,
      aliases: aliases.split(/[;|]/).map((a) => a.trim()).filter(Boolean),
      qid: qid.trim() || null,
      description: description.trim() || null,
      time: spanFromInputs(start, end),
    });
    if (!result.ok) return setProblems(result.error);
    applyEdit(result.value, { kind: 'node', id }, node ? `Edited ${label}.` : `Added ${label}.`);
    return undefined;
  };

  return (
    <Modal title={node ? `Edit actor: ${node.label}` : 'Add actor'} onClose={close} actions={<button type="button" className="primary" onClick={save}>Save</button>}>
      <div className="form-grid">
        <label>
          Label <input value={label} onChange={(e) => setLabel(e.target.value)} autoFocus required />
        </label>
        <label>
          Type
          <select value={type} onChange={(e) => setType(e.target.value)}>
            {ACTOR_TYPES.map((t) => (
              <option key={t} value={t}>
                {ACTOR_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Aliases (separated by ;) <input value={aliases} onChange={(e) => setAliases(e.target.value)} />
        </label>
        <label>
          Wikidata QID <input value={qid} onChange={(e) => setQid(e.target.value)} placeholder="Q184" />
        </label>
        <label>
          Description <input value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <TimeFields start={start} end={end} onStart={setStart} onEnd={setEnd} />
      </div>
      <ProblemList problems={problems} />
    </Modal>
  );
}

export function ProblemList({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="problems" role="alert">
      {problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
