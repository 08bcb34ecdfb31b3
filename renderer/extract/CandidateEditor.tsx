import { useState } from 'react';
import type { CandidateActor, CandidateRelation } from '../../core/extraction/types';
import { TimeSpanSchema, type GraphFile } from '../../core/model/schema';
import { ACTOR_TYPE_LABELS, ACTOR_TYPES, RELATION_TYPES, relationTypeLabel, type ActorType } from '../../core/model/vocabulary';
import { RelationEndpointFields } from '../edit/RelationEndpointFields';
import { TimeFields } from '../edit/TimeFields';
import { spanFromInputs } from '../edit/timeInput';
import { actorLabel, reviewedRelation } from './candidateLabels';
import { editActor, editRelation, type ReviewState } from './reviewState';

interface EditorProps<T> {
  readonly state: ReviewState;
  readonly candidate: T;
  readonly graph: GraphFile | null;
  readonly onDone: (next: ReviewState | null) => void;
}

/** Largest number of existing actors offered as "same as" (a select with more is unusable anyway). */
const MAX_NODE_CHOICES = 500;

function FormButtons(props: { onCancel: () => void }) {
  return (
    <div className="edit-bar wide-field">
      <button type="submit" className="primary">
        Save and accept
      </button>
      <button type="button" onClick={props.onCancel}>
        Cancel edit
      </button>
    </div>
  );
}

/** Escape leaves the form, not the dialog. */
function onFormKeyDown(onCancel: () => void) {
  return (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
}

export function RelationEditor({ state, candidate, graph, onDone }: EditorProps<CandidateRelation>) {
  const current = reviewedRelation(state, candidate);
  const [type, setType] = useState(current.type);
  const [source, setSource] = useState(current.source);
  const [target, setTarget] = useState(current.target);
  const [start, setStart] = useState(current.time?.start ?? '');
  const [end, setEnd] = useState(current.time?.end ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const cancel = () => onDone(null);
  const ends = state.result.actors.map((a) => ({ id: a.id, label: actorLabel(state, a) }));
  for (const ref of [current.source, current.target]) {
    if (!ends.some((e) => e.id === ref)) ends.push({ id: ref, label: graph?.nodes.find((n) => n.id === ref)?.label ?? ref });
  }
  const types = Object.keys(RELATION_TYPES).includes(current.type) ? Object.keys(RELATION_TYPES) : [current.type, ...Object.keys(RELATION_TYPES)];

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    if (source === target) return setProblem('The two ends must be different actors.');
    const span = spanFromInputs(start, end);
    const time = span === null ? null : TimeSpanSchema.safeParse(span);
    if (time && !time.success) return setProblem(`Time: ${time.error.issues.map((i) => i.message).join('; ')}`);
    const keepTime = start === (current.time?.start ?? '') && end === (current.time?.end ?? '');
    onDone(editRelation(state, candidate.id, { type, source, target, ...(keepTime ? {} : { time: time ? time.data : null }) }));
    return undefined;
  };

  return (
    <form className="form-grid candidate-editor" aria-label="Edit relation" onSubmit={save} onKeyDown={onFormKeyDown(cancel)}>
      <label className="wide-field">
        Relation type
        <select value={type} onChange={(e) => setType(e.target.value)} autoFocus>
          {types.map((t) => (
            <option key={t} value={t}>
              {relationTypeLabel(t)}
            </option>
          ))}
        </select>
      </label>
      <RelationEndpointFields choices={ends} source={source} target={target} onSource={setSource} onTarget={setTarget} />
      <TimeFields start={start} end={end} onStart={setStart} onEnd={setEnd} />
      {problem ? (
        <p role="alert" className="wide-field report-error">
          {problem}
        </p>
      ) : null}
      <FormButtons onCancel={cancel} />
    </form>
  );
}

const AUTOMATIC = '__automatic__';
const NEW_NODE = '__new__';

export function ActorEditor({ state, candidate, graph, onDone }: EditorProps<CandidateActor>) {
  const review = state.decisions.actors.get(candidate.id);
  const [label, setLabel] = useState(actorLabel(state, candidate));
  const [type, setType] = useState<ActorType>(review?.type ?? candidate.type);
  const [choice, setChoice] = useState(review?.nodeId === undefined ? AUTOMATIC : review.nodeId === null ? NEW_NODE : review.nodeId);
  const cancel = () => onDone(null);
  const nodes = (graph?.nodes ?? [])
    .filter((n) => n.type === type || n.id === choice)
    .slice()
    .sort((a, b) => a.label.localeCompare(b.label))
    .slice(0, MAX_NODE_CHOICES);

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    const nodeId = choice === AUTOMATIC ? undefined : choice === NEW_NODE ? null : choice;
    onDone(editActor(state, candidate.id, { label: label.trim() || candidate.label, type, nodeId }));
  };

  return (
    <form className="form-grid candidate-editor" aria-label="Edit actor" onSubmit={save} onKeyDown={onFormKeyDown(cancel)}>
      <label>
        Label
        <input value={label} onChange={(e) => setLabel(e.target.value)} autoFocus />
      </label>
      <label>
        Actor type
        <select value={type} onChange={(e) => setType(e.target.value as ActorType)}>
          {ACTOR_TYPES.map((t) => (
            <option key={t} value={t}>
              {ACTOR_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="wide-field">
        Same as
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value={AUTOMATIC}>Automatic (QID, name or alias)</option>
          <option value={NEW_NODE}>A new actor</option>
          {nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.label}
            </option>
          ))}
        </select>
      </label>
      <FormButtons onCancel={cancel} />
    </form>
  );
}
