import type { ReportLevel } from '../../core/formats/report';
import { installGraph } from '../app/loadGraph';
import { dispatch, useAppState } from '../state/store';
import { Modal } from './Modal';

const LEVEL_LABEL: Readonly<Record<ReportLevel, string>> = { error: 'Error', warning: 'Warning', info: 'Note' };

/** Gephi-style import report: read what was dropped or changed, then accept or cancel. */
export function ImportReportDialog() {
  const pending = useAppState((s) => s.pendingImport);
  if (!pending) return null;
  const { graph, report, fileName } = pending;
  const close = () => dispatch({ type: 'pending-import', pending: null });
  const accept = () => {
    close();
    void installGraph(graph, fileName).then(() =>
      dispatch({ type: 'notice', message: `Opened ${fileName} with ${report.length} reported item${report.length === 1 ? '' : 's'}.` }),
    );
  };
  const count = (level: ReportLevel) => report.filter((r) => r.level === level).length;
  return (
    <Modal
      title={`Import report: ${fileName}`}
      onClose={close}
      wide
      actions={
        <button type="button" className="primary" autoFocus onClick={accept}>
          Open anyway
        </button>
      }
    >
      <p>
        {pending.formatLabel}: {graph.nodes.length} actors and {graph.edges.length} relations can be opened.{' '}
        {count('warning')} warning{count('warning') === 1 ? '' : 's'}, {count('info')} note{count('info') === 1 ? '' : 's'}. The graph that
        is open now stays until you choose “Open anyway”.
      </p>
      <ul className="import-report" data-testid="import-report">
        {report.map((item, i) => (
          <li key={i} className={`report-${item.level}`}>
            <strong>{LEVEL_LABEL[item.level]}</strong>{' '}
            {item.line !== undefined ? `line ${item.line}${item.column !== undefined ? `, column ${item.column}` : ''}: ` : ''}
            {item.message}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
