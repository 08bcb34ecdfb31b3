import type { ReadFile } from '../core/host/contract';
import type { Result } from '../core/util/result';

/** What the queue needs from the outside world; main.ts passes the real reader, window and dialog. */
export interface OpenFileQueueDeps {
  /** The size-capped reader (readPickedFile with MAX_OPEN_FILE_BYTES): bytes only, never parsed. */
  readonly read: (filePath: string) => Promise<Result<ReadFile>>;
  /** Sends the file to the renderer; false when there is no window to send to (it is kept for later). */
  readonly deliver: (file: ReadFile) => boolean;
  /** A file could not be read (missing, too big, not a file): log it and tell the user. */
  readonly report: (message: string) => void;
}

export interface OpenFileQueue {
  /** Reads the files in order and delivers each as soon as the page can take it. */
  open(filePaths: readonly string[]): Promise<void>;
  /** A new document committed in the window (first load, reload, new window): not ready yet. */
  pageChanged(): void;
  /** The window's 'did-finish-load'. */
  pageLoaded(): void;
  /**
   * The renderer's getBundledGraph was answered. Call it after the reply has gone out (main.ts defers
   * it with setImmediate), so a pushed file always reaches the renderer after the bundled graph:
   * the renderer's worker answers in order, so the user's file is installed last and stays open.
   */
  bundledGraphServed(): void;
  /** Files read but not delivered yet (for tests and logs). */
  pendingCount(): number;
}

/**
 * Files the OS or the command line asks the app to open (argv, a second launch, macOS open-file).
 * They may arrive before the app is ready, before the window exists, or while the page is still
 * starting; the queue keeps their order and holds them until the page has loaded and has asked for
 * its bundled graph, so nothing is sent to a page that is not listening yet or gets replaced by the
 * bundled graph a moment later.
 */
export function createOpenFileQueue(deps: OpenFileQueueDeps): OpenFileQueue {
  const pending: ReadFile[] = [];
  let loaded = false;
  let served = false;
  // One read at a time, in the order asked: `app a.json b.json` ends with b.json open.
  let reads: Promise<void> = Promise.resolve();

  const flush = (): void => {
    while (loaded && served && pending.length > 0) {
      const next = pending[0]!;
      if (!deps.deliver(next)) {
        // The window went away between events: wait for the next page to be ready.
        loaded = false;
        served = false;
        return;
      }
      pending.shift();
    }
  };

  const readOne = async (filePath: string): Promise<void> => {
    let result: Result<ReadFile>;
    try {
      result = await deps.read(filePath);
    } catch (e) {
      result = { ok: false, error: `could not read ${filePath}: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (!result.ok) {
      deps.report(result.error);
      return;
    }
    pending.push(result.value);
    flush();
  };

  return {
    open(filePaths) {
      for (const filePath of filePaths) reads = reads.then(() => readOne(filePath));
      return reads;
    },
    pageChanged() {
      loaded = false;
      served = false;
    },
    pageLoaded() {
      loaded = true;
      flush();
    },
    bundledGraphServed() {
      served = true;
      flush();
    },
    pendingCount: () => pending.length,
  };
}
