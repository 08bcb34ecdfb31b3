import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * write-file-atomic as the app calls it, with a switch to make the next calls fail the way a Windows
 * lock does (only the retry tests flip it; every other test writes for real through it).
 */
const lock = vi.hoisted(() => ({ failures: 0, code: 'EPERM', calls: [] as { options: unknown }[] }));
vi.mock('write-file-atomic', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: (file: string, data: Buffer, options: object) => Promise<void> }).default;
  return {
    default: async (file: string, data: Buffer, options: object) => {
      lock.calls.push({ options: { ...options } });
      if (lock.failures > 0) {
        lock.failures--;
        throw Object.assign(new Error(`${lock.code}: operation not permitted, rename '${file}.123' -> '${file}'`), { code: lock.code });
      }
      return real(file, data, options);
    },
  };
});

import { RETRY_DELAYS_MS, transientWriteCodes, withWriteRetries, writeFileAtomically } from './atomicWrite';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kg-save-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomically', () => {
  it('writes the bytes, then overwrites them, leaving no temp file behind', async () => {
    const file = path.join(dir, 'export.kg.json');
    await writeFileAtomically(file, new TextEncoder().encode('{"version":1}\n'));
    expect(await readFile(file, 'utf8')).toBe('{"version":1}\n');

    await writeFileAtomically(file, new TextEncoder().encode('{"version":2,"longer":true}\n'));
    expect(await readFile(file, 'utf8')).toBe('{"version":2,"longer":true}\n');

    await writeFileAtomically(file, new TextEncoder().encode('{}'));
    expect(await readFile(file, 'utf8')).toBe('{}');
    expect(await readdir(dir)).toEqual(['export.kg.json']);
  });

  it('writes binary bytes exactly, also from a view into a larger buffer', async () => {
    const file = path.join(dir, 'graph.png');
    const backing = new Uint8Array([9, 9, 0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 9]);
    await writeFileAtomically(file, backing.subarray(2, 8));
    expect([...(await readFile(file))]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
  });

  it('rejects when the folder does not exist, and creates nothing', async () => {
    await expect(writeFileAtomically(path.join(dir, 'missing', 'x.json'), new Uint8Array([1]))).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['export.kg.json', 'graph.png']);
  });
});

/** A writer that fails `failures` times with `code`, then succeeds. */
function flakyWriter(failures: number, code: string) {
  let calls = 0;
  const write = vi.fn(async () => {
    calls++;
    if (calls <= failures) throw Object.assign(new Error(`${code}: operation not permitted, rename 'x.tmp' -> 'x'`), { code });
  });
  return write;
}

const noWait = () => {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
};

describe('withWriteRetries', () => {
  it.each(['EPERM', 'EBUSY', 'EACCES', 'EMFILE'])('on Windows retries %s with growing waits until the write succeeds', async (code) => {
    const write = flakyWriter(3, code);
    const { waits, sleep } = noWait();
    await withWriteRetries(write, { platform: 'win32', sleep });
    expect(write).toHaveBeenCalledTimes(4);
    expect(waits).toEqual([50, 100, 200]);
  });

  it('succeeds on the last retry (five failures, six attempts)', async () => {
    const write = flakyWriter(5, 'EBUSY');
    const { waits, sleep } = noWait();
    await withWriteRetries(write, { platform: 'win32', sleep });
    expect(write).toHaveBeenCalledTimes(6);
    expect(waits).toEqual([...RETRY_DELAYS_MS]);
    expect(waits).toEqual([50, 100, 200, 400, 800]);
  });

  it('gives up after the last retry with a readable message, keeping the code and the cause', async () => {
    const write = flakyWriter(Infinity, 'EBUSY');
    const { sleep } = noWait();
    const failure = await withWriteRetries(write, { platform: 'win32', sleep }).catch((e: unknown) => e);
    expect(write).toHaveBeenCalledTimes(6);
    expect(failure).toBeInstanceOf(Error);
    const error = failure as Error & { code?: string };
    expect(error.message).toBe(
      'the file stayed busy (EBUSY) through 6 attempts over 1.6 s; another program may be holding it (antivirus, search indexer, ' +
        'cloud sync, an editor) or the folder may be read-only. Close that program or pick another folder, and try again',
    );
    expect(error.code).toBe('EBUSY');
    expect((error.cause as Error).message).toMatch(/^EBUSY: /);
  });

  it('words denied access and too many open files for the user too', async () => {
    const { sleep } = noWait();
    const denied = await withWriteRetries(flakyWriter(Infinity, 'EPERM'), { platform: 'win32', sleep }).catch((e: Error) => e.message);
    expect(denied).toMatch(/^access to the file stayed denied \(EPERM\) through 6 attempts over 1\.6 s; another program may be holding it/);
    const files = await withWriteRetries(flakyWriter(Infinity, 'EMFILE'), { platform: 'linux', sleep }).catch((e: Error) => e.message);
    expect(files).toBe('too many files are open (EMFILE), still after 6 attempts over 1.6 s; close some programs and try again');
  });

  it('does not retry errors that waiting cannot fix', async () => {
    for (const [platform, code] of [
      ['win32', 'ENOSPC'],
      ['win32', 'ENOENT'],
      ['linux', 'EACCES'],
      ['linux', 'EPERM'],
      ['darwin', 'EBUSY'],
    ] as const) {
      const write = flakyWriter(1, code);
      const { waits, sleep } = noWait();
      await expect(withWriteRetries(write, { platform, sleep })).rejects.toMatchObject({ code });
      expect(write).toHaveBeenCalledTimes(1);
      expect(waits).toEqual([]);
    }
    const plain = vi.fn(async () => {
      throw new Error('no code');
    });
    await expect(withWriteRetries(plain, { platform: 'win32', sleep: noWait().sleep })).rejects.toThrow('no code');
    expect(plain).toHaveBeenCalledTimes(1);
  });

  it('retries EMFILE on every platform', async () => {
    const write = flakyWriter(2, 'EMFILE');
    const { waits, sleep } = noWait();
    await withWriteRetries(write, { platform: 'linux', sleep });
    expect(waits).toEqual([50, 100]);
  });

  it('waits for real by default (short custom delays)', async () => {
    const write = flakyWriter(2, 'EBUSY');
    const started = performance.now();
    await withWriteRetries(write, { platform: 'win32', delaysMs: [20, 20] });
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    expect(write).toHaveBeenCalledTimes(3);
  });
});

describe('transientWriteCodes', () => {
  it('is the Windows lock codes on win32, and only EMFILE elsewhere', () => {
    expect([...transientWriteCodes('win32')].sort()).toEqual(['EACCES', 'EBUSY', 'EMFILE', 'EPERM']);
    expect([...transientWriteCodes('linux')]).toEqual(['EMFILE']);
    expect([...transientWriteCodes('darwin')]).toEqual(['EMFILE']);
  });
});

describe('writeFileAtomically with a locked target', () => {
  it('retries the whole atomic write, and leaves no temp file from the failed tries', async () => {
    const file = path.join(dir, 'locked.kg.json');
    lock.failures = 2;
    lock.code = 'EPERM';
    const { waits, sleep } = noWait();
    await writeFileAtomically(file, new TextEncoder().encode('whole'), { platform: 'win32', sleep });
    expect(waits).toEqual([50, 100]);
    expect(lock.calls.at(-1)?.options).toEqual({ fsync: true });
    expect(await readFile(file, 'utf8')).toBe('whole');
    expect((await readdir(dir)).filter((name) => name.startsWith('locked.kg.json'))).toEqual(['locked.kg.json']);
  });

  it('gives up with the readable message, and the previous file is untouched', async () => {
    const file = path.join(dir, 'kept.kg.json');
    await writeFileAtomically(file, new TextEncoder().encode('previous'));
    lock.failures = Infinity;
    lock.code = 'EBUSY';
    try {
      await expect(writeFileAtomically(file, new TextEncoder().encode('new'), { platform: 'win32', sleep: noWait().sleep })).rejects.toThrow(
        /^the file stayed busy \(EBUSY\) through 6 attempts/,
      );
    } finally {
      lock.failures = 0;
    }
    expect(await readFile(file, 'utf8')).toBe('previous');
  });

  it.skipIf(process.platform === 'win32')('gives every write fresh options (write-file-atomic writes the mode it found into them)', async () => {
    const restricted = path.join(dir, 'private.kg.json');
    await writeFile(restricted, 'x');
    await chmod(restricted, 0o600);
    await writeFileAtomically(restricted, new TextEncoder().encode('y'));
    expect((await stat(restricted)).mode & 0o777).toBe(0o600);
    // A new file must get the default mode, not the previous file's 0600.
    const fresh = path.join(dir, 'fresh.kg.json');
    await writeFileAtomically(fresh, new TextEncoder().encode('z'));
    const umask = process.umask();
    expect((await stat(fresh)).mode & 0o777).toBe(0o666 & ~umask);
  });
});
