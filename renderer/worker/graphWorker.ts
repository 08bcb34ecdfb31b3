import { handlers } from './handlers';
import type { WorkerRequest, WorkerResponse } from './messages';

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let response: WorkerResponse;
  try {
    const handle = handlers[request.call] as (args: unknown) => unknown;
    response = { id: request.id, result: handle(request.args) };
  } catch (e) {
    response = { id: request.id, crash: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(response);
});
