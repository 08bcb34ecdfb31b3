import type { GraphFile } from '../../core/model/schema';
import type { Result } from '../../core/util/result';
import type { WorkerRequest, WorkerResponse } from './messages';

type Pending = (result: Result<GraphFile, string[]>) => void;

/** Promise-based access to the parsing worker; one worker for the window's lifetime. */
export class GraphWorkerClient {
  private readonly worker = new Worker(new URL('./graphWorker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const resolve = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      resolve?.(event.data.result);
    });
  }

  parseBytes(bytes: Uint8Array): Promise<Result<GraphFile, string[]>> {
    // Transfer, not copy: files can be hundreds of megabytes.
    return this.send({ id: this.nextId++, kind: 'parse-bytes', bytes }, [bytes.buffer as ArrayBuffer]);
  }

  parseText(text: string): Promise<Result<GraphFile, string[]>> {
    return this.send({ id: this.nextId++, kind: 'parse-text', text }, []);
  }

  private send(request: WorkerRequest, transfer: Transferable[]): Promise<Result<GraphFile, string[]>> {
    return new Promise((resolve) => {
      this.pending.set(request.id, resolve);
      this.worker.postMessage(request, transfer);
    });
  }
}
