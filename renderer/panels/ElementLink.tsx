import type { ReactNode } from 'react';
import { dispatch } from '../state/store';

/** A button that selects an actor or relation: how lists reach every element without the canvas. */
export function ElementLink(props: { kind: 'node' | 'edge'; id: string; children: ReactNode; className?: string }) {
  return (
    <button
      type="button"
      className={`element-link ${props.className ?? ''}`}
      onClick={() => {
        dispatch({ type: 'select', selection: { kind: props.kind, id: props.id } });
        dispatch({ type: 'panel', panel: 'details' });
      }}
    >
      {props.children}
    </button>
  );
}
