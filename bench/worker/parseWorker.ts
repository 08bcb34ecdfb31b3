import type { FormatId } from '../../core/formats/formatIds';
import { fileFor, readOk } from '../formatFiles';
import { generateGraph } from '../generate';
import { runTimes } from '../runTimes';

// The worker half of bench/parseInWorker.ts: the app's readers timed where the app runs them, in a
// dedicated worker of headless Chromium (a newer V8 than this machine's Node, and the place the
// issue's "parse + validate 100k edges ≤ 1 s, in the worker" is about).

export interface ParseRequest {
  readonly edges: number;
  readonly formats: readonly FormatId[];
  readonly runs: number;
}

export interface ParseReply {
  /** Per format the milliseconds of each run, in order (the first is cold). */
  readonly times: Readonly<Record<string, readonly number[]>>;
  /** JSON.parse of the native text, the same runs. */
  readonly jsonParse: readonly number[];
  readonly error: string | null;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(reply: ParseReply): void;
  gc?: () => void;
}
declare const self: WorkerScope;

/** A full collection before each run (Chromium starts with --js-flags=--expose-gc), as bench/measure.ts does in Node. */
const collect = () => self.gc?.();

/**
 * Each format's file as bytes (off the JS heap), made before any timing so that the generated graph is
 * garbage by then: the app's worker holds a file's text and nothing else of that size, and a 100k-edge
 * graph left alive here made every collection during a read mark it too.
 */
function filesOf(edges: number, formats: readonly FormatId[]): Map<FormatId, { readonly name: string; readonly bytes: Uint8Array }> {
  const graph = generateGraph({ edges, seed: 1 });
  const encoder = new TextEncoder();
  return new Map(formats.map((id) => {
    const { name, text } = fileFor(graph, id);
    return [id, { name, bytes: encoder.encode(text) }];
  }));
}

function measure({ edges, formats, runs }: ParseRequest): ParseReply {
  const files = filesOf(edges, ['native', ...formats.filter((id) => id !== 'native')]);
  const decoder = new TextDecoder();
  // Decoded as the app decodes a file: one flat string (a writer's text is a rope of pieces, which
  // the first read would flatten inside its timing).
  const textOf = (id: FormatId) => decoder.decode(files.get(id)!.bytes);
  const times: Record<string, number[]> = {};
  // The native text first: the baseline, JSON.parse of it, is the floor of reading this much data here.
  const nativeText = textOf('native');
  const jsonParse = runTimes(() => JSON.parse(nativeText), runs, collect);
  for (const id of formats) {
    const text = textOf(id);
    times[id] = runTimes(() => readOk(id, text, files.get(id)!.name), runs, collect);
  }
  return { times, jsonParse, error: null };
}

self.onmessage = (event) => {
  try {
    self.postMessage(measure(event.data));
  } catch (e) {
    self.postMessage({ times: {}, jsonParse: [], error: e instanceof Error ? e.message : String(e) });
  }
};
