import { useState } from 'react';
import { freshId, locateEvidence, upsertEdge } from '../../core/graph/edits';
import type { Evidence, GraphEdge } from '../../core/model/schema';
import { RELATION_TYPES, relationTypeInfo, relationTypeLabel, STANCES } from '../../core/model/vocabulary';
import { Modal } from '../panels/Modal';
import type { LoadedGraph } from '../state/appState';
import { dispatch } from '../state/store';
import { applyEdit } from './applyEdit';
import { ProblemList } from './EditNodeDialog';
import { RelationEndpointFields } from './RelationEndpointFields';
import { spanFromInputs } from './timeInput';
import { TimeFields } from './TimeFields';

/** Add or edit a relation with its evidence: the quote is located in the chosen source text. */
export function EditEdgeDialog({ doc, edge, defaultSource }: { doc: LoadedGraph; edge: GraphEdge | null; defaultSource: string | null }) {
  const nodes = [...doc.graph.nodes].sort((a, b) => a.label.localeCompare(b.label));
  const [source, setSource] = useState(edge?.source ?? defaultSource ?? nodes[0]?.id ?? '');
  const [target, setTarget] = useState(edge?.target ?? nodes.find((n) => n.id !== source)?.id ?? '');
  const [type, setType] = useState(edge?.type ?? 'endorse');
  const info = relationTypeInfo(type);
  const [stance, setStance] = useState<string>(edge?.stance ?? info?.stance ?? 'neutral');
  const [directed, setDirected] = useState(edge?.directed ?? true);
  const [start, setStart] = useState(edge?.time?.start ?? '');
  const [end, setEnd] = useState(edge?.time?.end ?? '');
  const [confidence, setConfidence] = useState(String(edge?.confidence ?? 1));
  const [sourceId, setSourceId] = useState(edge?.evidence[0]?.sourceId ?? doc.graph.sources[0]?.id ?? '');
  const [quote, setQuote] = useState(edge?.evidence[0]?.quote ?? '');
  const [note, setNote] = useState(edge?.note ?? '');
  const [problems, setProblems] = useState<readonly string[]>([]);
  const close = () => dispatch({ type: 'edit', editor: null });

  const chooseType = (next: string) => {
    setType(next);
    const nextInfo = relationTypeInfo(next);
    if (nextInfo) setStance(nextInfo.stance);
  };

  const save = () => {
    let evidence: Evidence[] = edge?.evidence.slice(1) ?? [];
    if (quote.trim() !== '') {
      const located = locateEvidence(doc.graph, sourceId, quote);
      if (!located.ok) return setProblems([located.error]);
      evidence = [located.value, ...evidence];
    }
    const id = edge?.id ?? freshId(doc.graph, `e-${source}-${type}-${target}`);
    const known = relationTypeInfo(type);
    const result = upsertEdge(doc.graph, {
      ...(edge ?? {}),
      id,
      source,
      target,
      type,
      directed,
      stance,
      cameo: known ? known.cameo : (edge?.cameo ?? null),
      goldstein: known ? known.goldstein : (edge?.goldstein ?? null),
      time: spanFromInputs(start, end),
      confidence: Number(confidence),
      evidence,
      note: note.trim() || null,
    });
    if (!result.ok) return setProblems(result.error);
    applyEdit(result.value, { kind: 'edge', id }, edge ? `Edited the relation.` : `Added ${relationTypeLabel(type)}.`);
    return undefined;
  };

  return (
    <Modal title={edge ? 'Edit relation' : 'Add relation'} onClose={close} wide actions={<button type="button" className="primary" onClick={save}>Save</button>}>
      <div className="form-grid">
        <RelationEndpointFields choices={nodes} source={source} target={target} onSource={setSource} onTarget={setTarget} />
        <label>
          Relation type
          <select value={type} onChange={(e) => chooseType(e.target.value)}>
            {Object.keys(RELATION_TYPES).map((t) => (
              <option key={t} value={t}>
                {relationTypeLabel(t)}
                {relationTypeInfo(t)?.cameo ? ` (CAMEO ${relationTypeInfo(t)?.cameo})` : ''}
              </option>
            ))}
            {relationTypeInfo(type) ? null : <option value={type}>{relationTypeLabel(type)}</option>}
          </select>
        </label>
        <label>
          Stance
          <select value={stance} onChange={(e) => setStance(e.target.value)}>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={directed} onChange={(e) => setDirected(e.target.checked)} /> Directed
        </label>
        <label>
          Confidence (0–1) <input type="number" min={0} max={1} step={0.05} value={confidence} onChange={(e) => setConfidence(e.target.value)} />
        </label>
        <TimeFields start={start} end={end} onStart={setStart} onEnd={setEnd} />
        <label>
          Evidence source
          <select value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
            {doc.graph.sources.length === 0 ? <option value="">(the graph has no source texts)</option> : null}
            {doc.graph.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label className="wide-field">
          Evidence quote (exactly as in the source)
          <textarea value={quote} rows={3} onChange={(e) => setQuote(e.target.value)} />
        </label>
        <label className="wide-field">
          Note <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      <ProblemList problems={problems} />
    </Modal>
  );
}
