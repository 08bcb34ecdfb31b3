import type { GraphFile } from '../../core/model/schema';
import type { Result } from '../../core/util/result';

/** Messages between the renderer and its parsing worker. */
export type WorkerRequest =
  | { readonly id: number; readonly kind: 'parse-bytes'; readonly bytes: Uint8Array }
  | { readonly id: number; readonly kind: 'parse-text'; readonly text: string };

export interface WorkerResponse {
  readonly id: number;
  readonly result: Result<GraphFile, string[]>;
}
