import type { CliIo } from './io';

/** An in-memory CliIo for tests: files in a map, output collected as lines. */
export interface MemoryIo extends CliIo {
  readonly files: Map<string, Uint8Array>;
  readonly out: string[];
  readonly err: string[];
  /** A written file as text. */
  text(path: string): string;
}

export function memoryIo(files: Record<string, string | Uint8Array> = {}): MemoryIo {
  const store = new Map<string, Uint8Array>(
    Object.entries(files).map(([path, content]) => [path, typeof content === 'string' ? new TextEncoder().encode(content) : content]),
  );
  const out: string[] = [];
  const err: string[] = [];
  return {
    files: store,
    out,
    err,
    text: (path) => new TextDecoder().decode(store.get(path)),
    async readFile(path) {
      const bytes = store.get(path);
      if (!bytes) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return bytes;
    },
    async writeFile(path, text) {
      store.set(path, new TextEncoder().encode(text));
    },
    stdout: (line) => void out.push(line),
    stderr: (line) => void err.push(line),
  };
}
