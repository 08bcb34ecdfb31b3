import writeFileAtomic from 'write-file-atomic';

/**
 * Writes `bytes` to `filePath` atomically: write-file-atomic writes a temp file in the same folder,
 * fsyncs it and renames it over the target, so a crash or a full disk never leaves a half-written
 * export where the user's previous file was.
 */
export async function writeFileAtomically(filePath: string, bytes: Uint8Array): Promise<void> {
  // A Buffer view over the same memory (no copy): the library's types ask for a Buffer.
  await writeFileAtomic(filePath, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fsync: true });
}
