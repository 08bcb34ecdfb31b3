import { useState } from 'react';
import type { CsvKind, CsvMapping } from '../../core/formats/csv/mapping';
import { rememberMapping, rememberedMapping } from '../app/csvMappingMemory';
import { presentImport } from '../app/loadGraph';
import { dispatch } from '../state/store';
import { cancelGraphWorker, graphWorker, WorkerCancelled } from '../worker/graphWorkerClient';
import { setRunningTask, updateTaskProgress, useRunningTask } from '../app/taskProgressStore';
import type { ImportResult } from '../../core/formats/finalizeImport';
import { CsvTablePicker, type CsvTableState } from './CsvTablePicker';
import { Modal } from './Modal';
import { TaskProgressBar } from '../app/TaskProgressBar';

const CSV_FILTERS = [{ name: 'CSV', extensions: ['csv', 'tsv', 'txt'] }];

/** Import a node list and/or an edge list: choose files, map columns with a preview, then import. */
export function CsvImportDialog() {
  const [tables, setTables] = useState<Partial<Record<CsvKind, CsvTableState>>>({});
  const [error, setError] = useState<string | null>(null);
  const reading = useRunningTask();
  const close = () => dispatch({ type: 'dialog', dialog: null });

  const choose = async (kind: CsvKind) => {
    const opened = await window.kg.openFile({ filters: CSV_FILTERS });
    if (!opened.ok) return setError(opened.error);
    if (!opened.value) return undefined;
    const view = await graphWorker().call('inspect-csv', { bytes: opened.value.bytes, kind });
    if (!view.ok) return setError(`${opened.value.name}: ${view.error}`);
    const remembered = rememberedMapping(kind, view.value.inspection.headers);
    const name = opened.value.name;
    setError(null);
    setTables((t) => ({ ...t, [kind]: { ...view.value, name, mapping: remembered ?? { ...view.value.guess, kind }, remembered: remembered !== null } }));
    return undefined;
  };

  const setMapping = (kind: CsvKind, mapping: CsvMapping) =>
    setTables((t) => (t[kind] ? { ...t, [kind]: { ...t[kind], mapping, remembered: false } } : t));

  const run = async () => {
    const { nodes, edges } = tables;
    if (!nodes && !edges) return;
    for (const table of [nodes, edges]) if (table) rememberMapping(table.mapping, table.inspection.headers);
    const name = (edges ?? nodes)!.name;
    const args = {
      ...(nodes ? { nodes: { text: nodes.text, mapping: nodes.mapping } } : {}),
      ...(edges ? { edges: { text: edges.text, mapping: edges.mapping } } : {}),
      title: name.replace(/\.(csv|tsv|txt)$/i, '').replace(/\.(nodes|edges)$/i, ''),
    };
    setRunningTask({ label: `Reading ${name}`, percent: 0, cancelLabel: 'Cancel reading', cancel: cancelGraphWorker });
    let result: ImportResult;
    try {
      result = await graphWorker().call('read-csv', args, [], updateTaskProgress);
    } catch (e) {
      // Cancelled: the dialog stays, with its files and mappings, for another try.
      if (e instanceof WorkerCancelled) return setError(`Stopped reading ${name}; nothing was imported.`);
      throw e;
    } finally {
      setRunningTask(null);
    }
    close();
    await presentImport(name, { ...result, formatLabel: 'CSV node and edge lists' });
  };

  return (
    <Modal
      title="Import CSV"
      onClose={close}
      wide
      actions={
        <>
          {/* The status bar behind a modal dialog is inert: the reading's progress and Cancel show here. */}
          <TaskProgressBar />
          <button type="button" className="primary" disabled={(!tables.nodes && !tables.edges) || reading !== null} onClick={() => void run()}>
            Import
          </button>
        </>
      }
    >
      <p>
        Choose an edge list (one relation per row, with source and target columns), a node list, or both. Check which column holds which
        field; other columns become attributes.
      </p>
      <div className="csv-choose">
        <button type="button" onClick={() => void choose('nodes')}>
          {tables.nodes ? 'Change node list…' : 'Choose node list…'}
        </button>
        <button type="button" onClick={() => void choose('edges')}>
          {tables.edges ? 'Change edge list…' : 'Choose edge list…'}
        </button>
      </div>
      {error ? (
        <p role="alert" className="problems">
          {error}
        </p>
      ) : null}
      {tables.nodes ? <CsvTablePicker kind="nodes" table={tables.nodes} onMapping={(m) => setMapping('nodes', m)} /> : null}
      {tables.edges ? <CsvTablePicker kind="edges" table={tables.edges} onMapping={(m) => setMapping('edges', m)} /> : null}
    </Modal>
  );
}
