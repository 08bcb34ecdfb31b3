import type { CommandName } from './usage';

/**
 * Everything the commands touch outside themselves, injected: the real one (nodeIo.ts) talks to the
 * file system and the process streams; tests pass one over memory (memoryIo.ts).
 */
export interface CliIo {
  /** Rejects with a Node-style error (`code: 'ENOENT'` …) when the file cannot be read. */
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Writes the whole file or nothing (temp file in the same folder, then rename). */
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /** One line of output, without its newline. */
  readonly stdout: (line: string) => void;
  /** One line of diagnostics, without its newline. */
  readonly stderr: (line: string) => void;
}

/** Exit codes: 0 done (validate: no problems), 1 done with warnings, 2 refused or failed. */
export const EXIT_OK = 0;
export const EXIT_WARNINGS = 1;
export const EXIT_ERROR = 2;

/** A failure meant for the user: printed as one line "kg: message", never with a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_ERROR,
    /** Print the usage of this command, or the general usage, after the message. */
    readonly usageOf: CommandName | 'general' | null = null,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a folder in the path is a file',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EEXIST: 'it already exists',
};

/** A file system error in a few words: "no such file", else the system's own message. */
export function fsReason(error: unknown): string {
  if (error instanceof CliError) return error.message;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (code in FS_REASONS) return FS_REASONS[code]!;
  return error instanceof Error ? error.message : String(error);
}
