import { openGraphBytes } from '../../core/io/openGraphBytes';
import { parseGraphText } from '../../core/io/nativeFormat';
import { assertNever, err } from '../../core/util/result';
import type { WorkerRequest, WorkerResponse } from './messages';

/**
 * Untrusted files are decoded and validated here, off the UI thread and never in the main
 * process (Electron security checklist). Only validated graphs go back.
 */
function handle(request: WorkerRequest): WorkerResponse['result'] {
  switch (request.kind) {
    case 'parse-bytes':
      return openGraphBytes(request.bytes);
    case 'parse-text':
      return parseGraphText(request.text);
    default:
      return assertNever(request);
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let result: WorkerResponse['result'];
  try {
    result = handle(request);
  } catch (e) {
    result = err([`Unexpected error while reading the file: ${e instanceof Error ? e.message : String(e)}`]);
  }
  const response: WorkerResponse = { id: request.id, result };
  self.postMessage(response);
});
