import type { UnreadFile } from '../../core/host/contract';

/** A file's contents as a host hands them over: bytes (Electron) or a File not read yet (browser). */
export type FileBytes = Uint8Array | UnreadFile;

/**
 * What goes in postMessage's transfer list: a byte array's buffer moves to the worker instead of
 * being copied; a File is a handle, cloned for free.
 */
export function transferOf(bytes: FileBytes): Transferable[] {
  return bytes instanceof Uint8Array ? [bytes.buffer as ArrayBuffer] : [];
}

/** The bytes themselves: in the worker, where reading a big File does not hold the page. */
export async function bytesOf(bytes: FileBytes): Promise<Uint8Array> {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(await bytes.arrayBuffer());
}

/** The first `count` bytes (to recognise a file's kind) without reading the rest. */
export async function headOf(bytes: FileBytes, count: number): Promise<Uint8Array> {
  return bytes instanceof Uint8Array ? bytes.subarray(0, count) : new Uint8Array(await bytes.slice(0, count).arrayBuffer());
}
