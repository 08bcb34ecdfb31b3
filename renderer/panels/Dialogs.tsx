import { useEffect, useState } from 'react';
import { CsvImportDialog } from './CsvImportDialog';
import { ExportDialog } from './ExportDialog';
import { ExtractDialog } from '../extract/ExtractDialog';
import { Modal } from './Modal';
import type { AppInfo } from '../../core/host/contract';
import { dispatch, useAppState } from '../state/store';
import { SHORTCUTS } from './shortcutLabels';

const close = () => dispatch({ type: 'dialog', dialog: null });

function About() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void window.kg.getAppInfo().then((r) => setInfo(r.ok ? r.value : null));
  }, []);
  return (
    <Modal title="About KG Explorer" onClose={close}>
      <p>Explore who is tied to whom, with the evidence, stance and time of every relation.</p>
      <p>{info ? `Version ${info.version} · ${info.host} host · ${info.platform}` : ''}</p>
    </Modal>
  );
}

function Shortcuts() {
  return (
    <Modal title="Keyboard shortcuts" onClose={close}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}

export function Dialogs() {
  const dialog = useAppState((s) => s.dialog);
  if (dialog === 'about') return <About />;
  if (dialog === 'shortcuts') return <Shortcuts />;
  if (dialog === 'export') return <ExportDialog />;
  if (dialog === 'import-csv') return <CsvImportDialog />;
  if (dialog === 'extract') return <ExtractDialog />;
  return null;
}
