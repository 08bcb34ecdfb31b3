import { ForceLayoutRun } from '../../core/layout/forceLayout';
import type { LayoutReply, LayoutRequest } from './messages';

/**
 * One layout per worker: the page starts a worker for each run and terminates it to cancel, so a
 * cancelled run costs nothing and never races a newer one.
 */
const post = (reply: LayoutReply, transfer: Transferable[] = []) => self.postMessage(reply, { transfer });

/** Iterations between progress reports: often enough for a smooth bar, rare enough to cost nothing. */
const CHUNK = 5;

self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  try {
    const { nodeCount, edges, positions } = event.data;
    const run = new ForceLayoutRun({ nodeCount, edges, ...(positions ? { positions } : {}) });
    post({ kind: 'progress', done: 0, total: run.total });
    while (!run.finished) {
      run.step(CHUNK);
      post({ kind: 'progress', done: run.completed, total: run.total });
    }
    const result = run.positions();
    post({ kind: 'done', positions: result }, [result.buffer]);
  } catch (e) {
    post({ kind: 'crash', message: e instanceof Error ? e.message : String(e) });
  }
});
