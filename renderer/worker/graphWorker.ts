import { sliceAnswer } from './graphSlices';
import { handlers } from './handlers';
import type { WorkerRequest, WorkerResponse } from './messages';

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void answer(event.data);
});

/** Posts whole percents only, so a read reporting often sends at most a hundred messages. */
function progressPoster(id: number): (fraction: number) => void {
  let sent = -1;
  return (fraction) => {
    const percent = Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
    if (percent === sent) return;
    sent = percent;
    self.postMessage({ id, progress: percent } satisfies WorkerResponse);
  };
}

/** Written files are bytes: moved to the page (tens of megabytes at 100k relations), not copied. */
function transfersOf(result: unknown): Transferable[] {
  const own = (result as { bytes?: unknown } | undefined)?.bytes;
  if (own instanceof Uint8Array) return [own.buffer];
  const files = (result as { ok?: boolean; value?: { files?: unknown } } | undefined)?.value?.files;
  if (!Array.isArray(files)) return [];
  return files.flatMap((file: { bytes?: unknown }) => (file.bytes instanceof Uint8Array ? [file.bytes.buffer] : []));
}

async function answer(request: WorkerRequest): Promise<void> {
  let response: WorkerResponse;
  try {
    const handle = handlers[request.call] as (args: unknown, progress: (fraction: number) => void) => unknown;
    const { slices, answer } = sliceAnswer(await handle(request.args, progressPoster(request.id)));
    for (const slice of slices) self.postMessage({ id: request.id, slice } satisfies WorkerResponse);
    response = { id: request.id, result: answer };
  } catch (e) {
    response = { id: request.id, crash: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(response, { transfer: transfersOf(response.result) });
}
