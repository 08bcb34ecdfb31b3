import { sliceAnswer } from './graphSlices';
import { handlers } from './handlers';
import type { WorkerRequest, WorkerResponse } from './messages';

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let response: WorkerResponse;
  try {
    const handle = handlers[request.call] as (args: unknown) => unknown;
    const { slices, answer } = sliceAnswer(handle(request.args));
    for (const slice of slices) self.postMessage({ id: request.id, slice } satisfies WorkerResponse);
    response = { id: request.id, result: answer };
  } catch (e) {
    response = { id: request.id, crash: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(response);
});
