import { useEffect, useState } from 'react';
import { FORMAT_IDS, FORMAT_LABELS } from '../../core/formats/formatIds';
import { DEFAULT_EXPORT_OPTIONS, exportAs, type ExportChoice, type ExportOptions } from '../app/exportGraph';
import { dispatch, useAppState } from '../state/store';
import { graphWorker, WorkerCancelled } from '../worker/graphWorkerClient';
import { Modal } from './Modal';

const CHOICES: ReadonlyArray<readonly [ExportChoice, string]> = [
  ...FORMAT_IDS.map((id) => [id, FORMAT_LABELS[id]] as const),
  ['png', 'PNG image of the view'],
  ['svg', 'SVG image of the view (vector)'],
];

const IMAGE_LOSSES = ['An image holds the view only: no attributes, evidence or hidden elements.'];

/** Choose a format, read what it cannot hold of this graph, then save. */
export function ExportDialog() {
  const doc = useAppState((s) => s.doc);
  const [choice, setChoice] = useState<ExportChoice>('graphml');
  const [options, setOptions] = useState<ExportOptions>(DEFAULT_EXPORT_OPTIONS);
  const [found, setFound] = useState<{ choice: ExportChoice; losses: readonly string[] } | null>(null);
  const isImage = choice === 'png' || choice === 'svg';
  const losses = isImage ? IMAGE_LOSSES : found?.choice === choice ? found.losses : null;

  useEffect(() => {
    if (!doc || choice === 'png' || choice === 'svg') return undefined;
    let current = true;
    const worker = graphWorker();
    void worker
      .call('losses', { graph: worker.graphRef(doc.graph), format: choice })
      .then((list) => {
        if (current) setFound({ choice, losses: list });
      })
      .catch((e: unknown) => {
        // An export cancelled while this check ran stops the worker, and this check with it.
        if (!(e instanceof WorkerCancelled)) throw e;
      });
    return () => {
      current = false;
    };
  }, [doc, choice]);

  const close = () => dispatch({ type: 'dialog', dialog: null });
  const patch = (p: Partial<ExportOptions>) => setOptions((o) => ({ ...o, ...p }));
  const run = () => {
    close();
    void exportAs(choice, options);
  };

  return (
    <Modal
      title="Export"
      onClose={close}
      wide
      actions={
        <button type="button" className="primary" autoFocus onClick={run} disabled={!doc}>
          Export…
        </button>
      }
    >
      <fieldset>
        <legend>Format</legend>
        {CHOICES.map(([id, label]) => (
          <label key={id} className="checkbox">
            <input type="radio" name="export-format" value={id} checked={choice === id} onChange={() => setChoice(id)} />
            {label}
          </label>
        ))}
      </fieldset>
      {choice === 'png' ? (
        <fieldset>
          <legend>PNG options</legend>
          <label>
            Scale{' '}
            <select value={options.pngScale} onChange={(e) => patch({ pngScale: Number(e.target.value) })}>
              {[1, 2, 3, 4].map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      ) : null}
      {isImage ? (
        <label className="checkbox">
          <input type="checkbox" checked={options.transparent} onChange={(e) => patch({ transparent: e.target.checked })} />
          Transparent background
        </label>
      ) : null}
      {choice === 'csv' ? (
        <label className="checkbox">
          <input type="checkbox" checked={options.neutraliseFormulas} onChange={(e) => patch({ neutraliseFormulas: e.target.checked })} />
          Neutralise spreadsheet formulas (cells starting with = + - @ tab or CR get a leading ')
        </label>
      ) : null}
      <section aria-label="What this format cannot hold" data-testid="export-losses">
        <h3>What this format cannot hold of this graph</h3>
        {losses === null ? <p className="hint">Checking…</p> : null}
        {losses !== null && losses.length === 0 ? <p>Nothing: everything is kept.</p> : null}
        {losses !== null && losses.length > 0 ? (
          <ul>
            {losses.map((loss) => (
              <li key={loss}>{loss}</li>
            ))}
          </ul>
        ) : null}
      </section>
    </Modal>
  );
}
