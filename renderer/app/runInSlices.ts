import type { Steps } from '../../core/util/steps';

/** Work per task: well under the 50 ms that makes a long task, so input and paint get their turn. */
const SLICE_MS = 16;

/** Gives the event loop a turn (input, paint, worker messages) before the next slice. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs stepped work (core/util/steps) over as many tasks as it needs, about SLICE_MS each, and
 * reports its progress in whole percents when it changes.
 */
export async function runInSlices<T>(steps: Steps<T>, onProgress: (percent: number) => void): Promise<T> {
  let percent = -1;
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    const now = Math.floor(next.value * 100);
    if (now !== percent) onProgress((percent = now));
    await nextTask();
    sliceStart = performance.now();
  }
}
