import { useEffect, useRef, type ReactNode } from 'react';

/** A native modal <dialog>: focus trapped by the browser, Escape closes, backdrop inert. */
export function Modal(props: { title: string; onClose: () => void; children: ReactNode; actions?: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-label={props.title}
      className={props.wide ? 'wide' : undefined}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <h2>{props.title}</h2>
      {props.children}
      <div className="dialog-actions">
        {props.actions}
        <button type="button" autoFocus={!props.actions} onClick={props.onClose}>
          {props.actions ? 'Cancel' : 'Close'}
        </button>
      </div>
    </dialog>
  );
}
