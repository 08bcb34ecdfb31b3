import { joinAnswer, noSlices, receiveSlice, type ReceivedSlices } from './graphSlices';
import type { GraphFile } from '../../core/model/schema';
import { HeldGraphTracker, type GraphRef } from './heldGraph';
import type { WorkerCall, WorkerCalls, WorkerRequest, WorkerResponse } from './messages';

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  /** The answer's graph received so far. */
  readonly slices: ReceivedSlices;
  readonly onProgress: ((percent: number) => void) | undefined;
}

/** What a call still waiting is rejected with when the analyst stops the worker (see terminate). */
export class WorkerCancelled extends Error {
  constructor() {
    super('Cancelled');
  }
}

/** Promise-based calls into the worker; one worker until the analyst cancels what it is doing. */
export class GraphWorkerClient {
  private readonly worker = new Worker(new URL('./graphWorker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Which graph this worker holds (see heldGraph.ts). */
  private readonly held = new HeldGraphTracker();

  constructor() {
    this.worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const pending = this.pending.get(event.data.id);
      if (!pending) return;
      if (event.data.progress !== undefined) {
        pending.onProgress?.(event.data.progress);
        return;
      }
      if (event.data.slice) {
        receiveSlice(pending.slices, event.data.slice);
        return;
      }
      this.pending.delete(event.data.id);
      if (event.data.crash !== undefined) pending.reject(new Error(event.data.crash));
      else pending.resolve(joinAnswer(event.data.result, pending.slices));
    });
  }

  /**
   * `transfer` moves big buffers instead of copying them (files can be hundreds of megabytes);
   * `onProgress` hears whole percents from calls that report them (reading a file).
   */
  call<K extends WorkerCall>(
    call: K,
    args: WorkerCalls[K]['args'],
    transfer: Transferable[] = [],
    onProgress?: (percent: number) => void,
  ): Promise<WorkerCalls[K]['result']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, slices: noSlices(), onProgress });
      this.worker.postMessage({ id, call, args } as WorkerRequest, transfer);
    });
  }

  /** A graph as a call argument: named when the worker holds it, else sent whole. */
  graphRef(graph: GraphFile): GraphRef {
    return this.held.refFor(graph);
  }

  reserveHold(): number {
    return this.held.reserveForImport();
  }

  adoptImported(graph: GraphFile, key: number): void {
    this.held.adoptImported(graph, key);
  }

  /** Stops the worker mid-task (a read the analyst cancelled); every waiting call is rejected. */
  terminate(): void {
    this.worker.terminate();
    for (const pending of this.pending.values()) pending.reject(new WorkerCancelled());
    this.pending.clear();
  }
}

let shared: GraphWorkerClient | null = null;

/** Stops the graph worker; the next call starts a fresh one (it holds no state between calls). */
export function cancelGraphWorker(): void {
  shared?.terminate();
  shared = null;
}

export function graphWorker(): GraphWorkerClient {
  return (shared ??= new GraphWorkerClient());
}
