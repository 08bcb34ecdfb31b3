import writeFileAtomic from 'write-file-atomic';

/**
 * The options main writes with. fsync: the temp file's bytes are on disk before the rename, so a
 * power cut never leaves the renamed file empty. The kill test (atomicWrite.kill.test.ts) hands the
 * same options to a child process, so it checks exactly what the app does.
 */
export const ATOMIC_WRITE_OPTIONS = { fsync: true } as const;

/** Waits between tries: five retries after the first attempt, 1.55 s in all. */
export const RETRY_DELAYS_MS: readonly number[] = [50, 100, 200, 400, 800];

/**
 * Error codes worth another try. On Windows, antivirus scanners, the search indexer and sync clients
 * open a freshly written file for a moment, and the rename over the target fails with EPERM, EACCES or
 * EBUSY until they let go (the same codes graceful-fs retries). Elsewhere EACCES and EPERM are real
 * permission problems that waiting does not fix. Running out of file descriptors (EMFILE) passes
 * everywhere.
 */
export function transientWriteCodes(platform: NodeJS.Platform): ReadonlySet<string> {
  return new Set(platform === 'win32' ? ['EPERM', 'EBUSY', 'EACCES', 'EMFILE'] : ['EMFILE']);
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

export interface RetryOptions {
  readonly platform: NodeJS.Platform;
  readonly delaysMs?: readonly number[];
  /** Injected so tests run without waiting. */
  readonly sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Why a write kept failing, for the user (ipcHandlers prefixes "could not save <name>: "). */
function gaveUpMessage(code: string, attempts: number, waitedMs: number): string {
  const over = `${attempts} attempts over ${(waitedMs / 1000).toFixed(1)} s`;
  if (code === 'EMFILE') return `too many files are open (EMFILE), still after ${over}; close some programs and try again`;
  const what = code === 'EBUSY' ? 'the file stayed busy' : 'access to the file stayed denied';
  return (
    `${what} (${code}) through ${over}; another program may be holding it (antivirus, search indexer, ` +
    'cloud sync, an editor) or the folder may be read-only. Close that program or pick another folder, and try again'
  );
}

/**
 * Runs `write` until it succeeds, retrying only the transient codes above with growing waits. Any
 * other error is thrown at once, unchanged; after the last retry the error says what happened in
 * words (keeping `code` and the last error as `cause`).
 */
export async function withWriteRetries(write: () => Promise<void>, options: RetryOptions): Promise<void> {
  const delays = options.delaysMs ?? RETRY_DELAYS_MS;
  const sleep = options.sleep ?? sleepFor;
  const transient = transientWriteCodes(options.platform);
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      await write();
      return;
    } catch (e) {
      const code = errorCode(e);
      if (code === undefined || !transient.has(code)) throw e;
      const delay = delays[attempt];
      if (delay === undefined) {
        throw Object.assign(new Error(gaveUpMessage(code, attempt + 1, waited), { cause: e }), { code });
      }
      await sleep(delay);
      waited += delay;
    }
  }
}

/**
 * Writes `bytes` to `filePath` atomically: write-file-atomic writes a temp file in the same folder,
 * fsyncs it and renames it over the target, so a crash, a kill or a full disk never leaves a
 * half-written export where the user's previous file was. A failed try removes its temp file, so a
 * retry starts clean.
 */
export async function writeFileAtomically(filePath: string, bytes: Uint8Array, options: Partial<RetryOptions> = {}): Promise<void> {
  // A Buffer view over the same memory (no copy): the library's types ask for a Buffer.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await withWriteRetries(() => writeFileAtomic(filePath, buffer, { ...ATOMIC_WRITE_OPTIONS }), { platform: process.platform, ...options });
}
