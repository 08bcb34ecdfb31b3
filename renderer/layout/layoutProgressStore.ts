import { useSyncExternalStore } from 'react';

/**
 * The background layout that is running, if any, for the status bar's progress bar and Cancel
 * button. Kept apart from the app store: it changes many times a second and concerns the view only.
 */
export interface RunningLayout {
  readonly actors: number;
  readonly done: number;
  readonly total: number;
  readonly cancel: () => void;
}

let current: RunningLayout | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function setRunningLayout(next: RunningLayout | null): void {
  current = next;
  emit();
}

export function updateLayoutProgress(done: number, total: number): void {
  if (!current) return;
  current = { ...current, done, total };
  emit();
}

export function getRunningLayout(): RunningLayout | null {
  return current;
}

export function useRunningLayout(): RunningLayout | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
