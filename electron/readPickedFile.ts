import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ReadFile } from '../core/host/contract';
import { err, ok, type Result } from '../core/util/result';

const MB = 1024 * 1024;

/** "300 MB", "256.1 MB": rounded up so a file just over the limit never reads as equal to it. */
export function formatMegabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / MB) * 10) / 10;
  return `${Number.isInteger(tenths) ? tenths.toFixed(0) : tenths.toFixed(1)} MB`;
}

export function tooLargeMessage(name: string, size: number, limit: number): string {
  return `${name} is ${formatMegabytes(size)}; the limit is ${formatMegabytes(limit)}`;
}

/**
 * Reads the file the user picked, as bytes, refusing it before reading if it is over `limit`.
 * Main never parses it: untrusted files are parsed in the sandboxed renderer's worker (DESIGN).
 */
export async function readPickedFile(filePath: string, limit: number): Promise<Result<ReadFile>> {
  const name = path.basename(filePath);
  try {
    // stat before open: opening a FIFO for reading would block until a writer appears.
    const info = await stat(filePath);
    if (!info.isFile()) return err(`${name} is not a regular file`);
    if (info.size > limit) return err(tooLargeMessage(name, info.size, limit));

    const handle = await open(filePath, 'r');
    try {
      // Size again on the open handle: the file may have been replaced since the stat.
      const size = (await handle.stat()).size;
      if (size > limit) return err(tooLargeMessage(name, size, limit));
      const bytes = new Uint8Array(size);
      let filled = 0;
      while (filled < size) {
        const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      // A file that grew while being read could pass the limit; one extra byte tells.
      const extra = await handle.read(new Uint8Array(1), 0, 1, filled);
      if (extra.bytesRead > 0) return err(`${name} changed while it was being read; try again`);
      return ok({ name, bytes: filled === size ? bytes : bytes.subarray(0, filled) });
    } finally {
      await handle.close();
    }
  } catch (e) {
    return err(`could not read ${name}: ${errorMessage(e)}`);
  }
}

/** The message of an unknown thrown value, without its stack (it crosses IPC to the UI). */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
