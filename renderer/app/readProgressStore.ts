import { useSyncExternalStore } from 'react';

/**
 * The file the graph worker is reading, if any, for the status bar's progress bar and Cancel
 * button. Kept apart from the app store, as the layout's progress is: it changes up to a hundred
 * times per read and concerns the status bar only.
 */
export interface ReadingFile {
  readonly fileName: string;
  readonly percent: number;
  readonly cancel: () => void;
}

let current: ReadingFile | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function setReadingFile(next: ReadingFile | null): void {
  current = next;
  emit();
}

export function updateReadProgress(percent: number): void {
  if (!current || current.percent === percent) return;
  current = { ...current, percent };
  emit();
}

export function useReadingFile(): ReadingFile | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
