import { sliceAnswer } from './graphSlices';
import { handlers } from './handlers';
import type { WorkerRequest, WorkerResponse } from './messages';

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void answer(event.data);
});

async function answer(request: WorkerRequest): Promise<void> {
  let response: WorkerResponse;
  try {
    const handle = handlers[request.call] as (args: unknown) => unknown;
    const { slices, answer } = sliceAnswer(await handle(request.args));
    for (const slice of slices) self.postMessage({ id: request.id, slice } satisfies WorkerResponse);
    response = { id: request.id, result: answer };
  } catch (e) {
    response = { id: request.id, crash: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(response);
}
