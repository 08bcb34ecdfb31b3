import { readFile, stat } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { MAX_IMPORT_BYTES } from '../core/formats/importFile';
import { CliError, type CliIo } from './io';

const megabytes = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** The real file system and process streams. */
export function nodeIo(): CliIo {
  return {
    async readFile(path) {
      // Refuse a huge file before reading it into memory (importFile would refuse it after).
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      if (info.size > MAX_IMPORT_BYTES) throw new CliError(`it is ${megabytes(info.size)}; the limit is ${megabytes(MAX_IMPORT_BYTES)}`);
      const buffer = await readFile(path);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    },
    async writeFile(path, text) {
      // write-file-atomic: temp file beside the target, fsync, rename over it; no half-written file on a crash.
      await writeFileAtomic(path, text, { encoding: 'utf8', fsync: true });
    },
    stdout: (line) => void process.stdout.write(`${line}\n`),
    stderr: (line) => void process.stderr.write(`${line}\n`),
  };
}
