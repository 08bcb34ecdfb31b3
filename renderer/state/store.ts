import { useSyncExternalStore } from 'react';
import type { Action } from './actions';
import { INITIAL_STATE, type AppState } from './appState';
import { reduce } from './reducer';

type Listener = () => void;

/** A minimal external store: React and the graph controller subscribe to the same state. */
export interface Store {
  readonly getState: () => AppState;
  readonly dispatch: (action: Action) => void;
  readonly subscribe: (listener: Listener) => () => void;
}

export function createStore(initial: AppState = INITIAL_STATE): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = reduce(state, action);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's one store. */
export const store = createStore();
export const dispatch = store.dispatch;

export function useAppState<T>(select: (state: AppState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
