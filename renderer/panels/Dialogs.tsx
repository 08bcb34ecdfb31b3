import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { AppInfo } from '../../core/host/contract';
import { dispatch, useAppState } from '../state/store';
import { SHORTCUTS } from './shortcutLabels';

function Modal(props: { title: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-label={props.title} onClose={() => dispatch({ type: 'dialog', dialog: null })} onCancel={(e) => {
      e.preventDefault();
      dispatch({ type: 'dialog', dialog: null });
    }}>
      <h2>{props.title}</h2>
      {props.children}
      <button type="button" autoFocus onClick={() => dispatch({ type: 'dialog', dialog: null })}>
        Close
      </button>
    </dialog>
  );
}

function About() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void window.kg.getAppInfo().then((r) => setInfo(r.ok ? r.value : null));
  }, []);
  return (
    <Modal title="About KG Explorer">
      <p>Explore who is tied to whom, with the evidence, stance and time of every relation.</p>
      <p>{info ? `Version ${info.version} · ${info.host} host · ${info.platform}` : ''}</p>
    </Modal>
  );
}

function Shortcuts() {
  return (
    <Modal title="Keyboard shortcuts">
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
  return null;
}
