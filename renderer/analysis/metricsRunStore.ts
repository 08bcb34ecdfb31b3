import { useSyncExternalStore } from 'react';
import type { MetricsPhase } from '../../core/analysis/metrics';

/**
 * The metrics computation, for the Metrics panel's progress line and Cancel button: running (with
 * the step it is on), cancelled by the analyst, or idle. `attempt` grows when the analyst asks to
 * compute again after cancelling. Kept apart from the app store, like the layout's progress.
 */
export type MetricsRun =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly actors: number; readonly phase: MetricsPhase | null }
  | { readonly kind: 'cancelled' };

let run: MetricsRun = { kind: 'idle' };
let attempt = 0;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setMetricsRun(next: MetricsRun): void {
  run = next;
  emit();
}

/** After a cancel: ask the hooks that want metrics to request them again. */
export function computeMetricsAgain(): void {
  attempt++;
  run = { kind: 'idle' };
  emit();
}

export function useMetricsRun(): MetricsRun {
  return useSyncExternalStore(subscribe, () => run);
}

export function useMetricsAttempt(): number {
  return useSyncExternalStore(subscribe, () => attempt);
}
