import { useSyncExternalStore } from 'react';

/**
 * The graph worker's long task, if any (reading a file, writing an export), for the status bar's
 * progress bar and Cancel button. Kept apart from the app store, as the layout's progress is: it
 * changes up to a hundred times per task and concerns the status bar only.
 */
export interface RunningTask {
  /** "Reading big.gexf", "Writing GraphML". */
  readonly label: string;
  readonly percent: number;
  /** "Cancel reading", "Cancel export". */
  readonly cancelLabel: string;
  readonly cancel: () => void;
}

let current: RunningTask | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function setRunningTask(next: RunningTask | null): void {
  current = next;
  emit();
}

export function updateTaskProgress(percent: number): void {
  if (!current || current.percent === percent) return;
  current = { ...current, percent };
  emit();
}

export function useRunningTask(): RunningTask | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
