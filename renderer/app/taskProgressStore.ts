import { createValueStore, useValueStore } from '../state/valueStore';

/**
 * The graph worker's long task, if any (reading a file, writing an export), for the status bar's
 * progress bar and Cancel button.
 */
export interface RunningTask {
  /** "Reading big.gexf", "Writing GraphML". */
  readonly label: string;
  readonly percent: number;
  /** "Cancel reading", "Cancel export". */
  readonly cancelLabel: string;
  readonly cancel: () => void;
}

const running = createValueStore<RunningTask | null>(null);

export const setRunningTask = (next: RunningTask | null): void => running.set(next);

export function updateTaskProgress(percent: number): void {
  const current = running.get();
  if (current && current.percent !== percent) running.set({ ...current, percent });
}

export const useRunningTask = (): RunningTask | null => useValueStore(running);
