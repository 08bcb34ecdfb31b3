import { createValueStore, useValueStore } from '../state/valueStore';

/** The background layout that is running, if any, for the status bar's progress bar and Cancel button. */
export interface RunningLayout {
  readonly actors: number;
  readonly done: number;
  readonly total: number;
  readonly cancel: () => void;
}

const running = createValueStore<RunningLayout | null>(null);

export const setRunningLayout = (next: RunningLayout | null): void => running.set(next);

export function updateLayoutProgress(done: number, total: number): void {
  const current = running.get();
  if (current) running.set({ ...current, done, total });
}

export const getRunningLayout = (): RunningLayout | null => running.get();

export const useRunningLayout = (): RunningLayout | null => useValueStore(running);
