import type { Position } from '../../core/model/schema';
import type { LayoutReply, LayoutRequest } from './messages';

export interface LayoutProgress {
  readonly done: number;
  readonly total: number;
}

export interface BackgroundLayout {
  /** The new positions by actor id, or null when cancelled. */
  readonly result: Promise<ReadonlyMap<string, Position> | null>;
  readonly cancel: () => void;
}

/**
 * Runs ForceAtlas2 in a worker of its own: the page stays responsive (no long task), reports
 * progress, and cancelling terminates the worker so nothing of the run is applied.
 */
export function startBackgroundLayout(
  nodeIds: readonly string[],
  edgeEnds: ReadonlyArray<readonly [string, string]>,
  start: ReadonlyMap<string, Position> | null,
  onProgress: (progress: LayoutProgress) => void,
): BackgroundLayout {
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  const edges = new Uint32Array(edgeEnds.length * 2);
  let k = 0;
  for (const [s, t] of edgeEnds) {
    const si = index.get(s);
    const ti = index.get(t);
    if (si === undefined || ti === undefined) continue;
    edges[k++] = si;
    edges[k++] = ti;
  }
  let positions: Float64Array | null = null;
  if (start) {
    positions = new Float64Array(nodeIds.length * 2);
    nodeIds.forEach((id, i) => {
      const p = start.get(id) ?? { x: 0, y: 0 };
      positions![2 * i] = p.x;
      positions![2 * i + 1] = p.y;
    });
  }
  const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  let settle: (value: ReadonlyMap<string, Position> | null) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const result = new Promise<ReadonlyMap<string, Position> | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  worker.addEventListener('message', (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    if (reply.kind === 'progress') onProgress({ done: reply.done, total: reply.total });
    else if (reply.kind === 'crash') {
      worker.terminate();
      fail(new Error(reply.message));
    } else {
      worker.terminate();
      const out = new Map<string, Position>();
      nodeIds.forEach((id, i) => out.set(id, { x: reply.positions[2 * i]!, y: reply.positions[2 * i + 1]! }));
      settle(out);
    }
  });
  worker.addEventListener('error', (event) => fail(new Error(event.message || 'The layout worker failed to start.')));
  const request: LayoutRequest = { nodeCount: nodeIds.length, edges: edges.subarray(0, k), positions };
  worker.postMessage(request, [edges.buffer, ...(positions ? [positions.buffer] : [])]);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle(null);
    },
  };
}
