import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPEN_FILE_BYTES } from '../core/host/contract';
import { formatMegabytes, readPickedFile } from './readPickedFile';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kg-open-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readPickedFile', () => {
  it('returns the base name and the exact bytes', async () => {
    const file = path.join(dir, 'graph.json');
    const content = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d, 0x00, 0xff]);
    await writeFile(file, content);
    const result = await readPickedFile(file, MAX_OPEN_FILE_BYTES);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.name).toBe('graph.json');
      expect(result.value.bytes).toBeInstanceOf(Uint8Array);
      expect([...result.value.bytes]).toEqual([...content]);
    }
  });

  it('reads an empty file', async () => {
    const file = path.join(dir, 'empty.json');
    await writeFile(file, '');
    const result = await readPickedFile(file, MAX_OPEN_FILE_BYTES);
    expect(result.ok && result.value.bytes.byteLength).toBe(0);
  });

  it('refuses a file over the cap before reading it, with a clear message', async () => {
    // A sparse 300 MB file: the size is real, the disk space is not used.
    const file = path.join(dir, 'x.json');
    await writeFile(file, '');
    await truncate(file, 300 * 1024 * 1024);
    expect(await readPickedFile(file, MAX_OPEN_FILE_BYTES)).toEqual({ ok: false, error: 'x.json is 300 MB; the limit is 256 MB' });
  });

  it('allows a file of exactly the cap and refuses one byte more', async () => {
    const file = path.join(dir, 'edge.bin');
    await writeFile(file, new Uint8Array(1000));
    expect((await readPickedFile(file, 1000)).ok).toBe(true);
    expect((await readPickedFile(file, 999)).ok).toBe(false);
  });

  it('refuses directories and missing files with an error value', async () => {
    expect(await readPickedFile(dir, MAX_OPEN_FILE_BYTES)).toEqual({ ok: false, error: `${path.basename(dir)} is not a regular file` });
    const missing = await readPickedFile(path.join(dir, 'nope.json'), MAX_OPEN_FILE_BYTES);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error).toMatch(/^could not read nope\.json: /);
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO without blocking on it', async () => {
    const fifo = path.join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(await readPickedFile(fifo, MAX_OPEN_FILE_BYTES)).toEqual({ ok: false, error: 'pipe.json is not a regular file' });
  });
});

describe('formatMegabytes', () => {
  it('rounds up to a tenth so "just over" never reads as equal', () => {
    expect(formatMegabytes(256 * 1024 * 1024)).toBe('256 MB');
    expect(formatMegabytes(256 * 1024 * 1024 + 1)).toBe('256.1 MB');
    expect(formatMegabytes(300 * 1024 * 1024)).toBe('300 MB');
    expect(formatMegabytes(1536 * 1024)).toBe('1.5 MB');
  });
});
