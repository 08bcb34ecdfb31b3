import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { runTimes } from './runTimes';

export interface Figure {
  readonly metric: string;
  readonly size: string;
  readonly ms: number;
  readonly baselineMs: number | null;
  readonly ratio: number | null;
  /** What the baseline is (not written to latest.json's required keys, but kept beside them). */
  readonly baseline: string;
}

export const figures: Figure[] = [];

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** A full collection, when node runs with --expose-gc (npm run bench does). */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/**
 * Median wall time of `runs` calls (after one untimed warm-up unless warm is false). The heap is
 * collected before each call, so one figure does not pay for the garbage of the one before (at
 * 100k edges that moved a reader's time by half from run to run).
 */
export function timeMs(fn: () => unknown, runs: number, warm = true): number {
  if (warm) fn();
  return median(runTimes(fn, runs, collectGarbage));
}

const round = (n: number) => Math.round(n * 100) / 100;

export function record(metric: string, size: string, ms: number, baselineMs: number | null, baseline: string): Figure {
  const fig: Figure = {
    metric,
    size,
    ms: round(ms),
    baselineMs: baselineMs === null ? null : round(baselineMs),
    ratio: baselineMs ? round(ms / baselineMs) : null,
    baseline,
  };
  figures.push(fig);
  console.log(`  ${metric.padEnd(34)} ${size.padEnd(16)} ${String(fig.ms).padStart(10)} ms  vs ${String(fig.baselineMs ?? '-').padStart(10)} ms (${baseline})  ×${fig.ratio ?? '-'}`);
  return fig;
}

/** Runs bench/nx.py and parses its JSON line. */
export function python<T>(args: readonly string[]): T {
  const script = path.resolve('bench', 'nx.py');
  const out = execFileSync('python3', [script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}
