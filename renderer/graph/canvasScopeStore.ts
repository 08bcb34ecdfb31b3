import { createValueStore, useValueStore } from '../state/valueStore';

/**
 * What the canvas draws of the open graph (see GraphView): all of it; the part the filters and
 * focus leave visible (a big graph); or nothing yet, because that part is more than the canvas
 * draws on its own and the analyst has not asked.
 */
export type CanvasScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'part'; readonly actors: number; readonly relations: number }
  | { readonly kind: 'waiting'; readonly actors: number; readonly relations: number };

const scope = createValueStore<CanvasScope>({ kind: 'all' });

export const setCanvasScope = (next: CanvasScope): void => {
  const now = scope.get();
  // Every filter change reports the scope; the watchers re-render only when it changed.
  if (now.kind === next.kind && (now.kind === 'all' || (next.kind !== 'all' && now.actors === next.actors && now.relations === next.relations))) return;
  scope.set(next);
};

export const getCanvasScope = (): CanvasScope => scope.get();

export const useCanvasScope = (): CanvasScope => useValueStore(scope);
