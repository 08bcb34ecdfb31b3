/**
 * The wall time of each of `runs` calls, with `collect` (a full garbage collection where the engine
 * offers one) before each, so one run does not pay for the garbage of the one before. Shared by the
 * Node bench (measure.ts) and the parse worker in Chromium (worker/parseWorker.ts): no Node imports.
 */
export function runTimes(fn: () => unknown, runs: number, collect: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}
