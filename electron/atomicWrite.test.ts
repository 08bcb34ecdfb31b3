import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomically } from './atomicWrite';

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
