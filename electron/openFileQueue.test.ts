import { describe, expect, it, vi } from 'vitest';
import type { ReadFile } from '../core/host/contract';
import { err, ok, type Result } from '../core/util/result';
import { createOpenFileQueue, type OpenFileQueueDeps } from './openFileQueue';

const file = (name: string): ReadFile => ({ name, bytes: new TextEncoder().encode(name) });

function setup(overrides: Partial<OpenFileQueueDeps> = {}) {
  const delivered: string[] = [];
  const reported: string[] = [];
  const deps: OpenFileQueueDeps = {
    read: vi.fn(async (filePath: string): Promise<Result<ReadFile>> => ok(file(filePath))),
    deliver: vi.fn((f: ReadFile) => {
      delivered.push(f.name);
      return true;
    }),
    report: (message) => reported.push(message),
    ...overrides,
  };
  return { queue: createOpenFileQueue(deps), deps, delivered, reported };
}

describe('open-file queue', () => {
  it('holds files read before the page is ready, then delivers them in order', async () => {
    const { queue, delivered } = setup();
    await queue.open(['/a.json', '/b.json']);
    expect(delivered).toEqual([]);
    expect(queue.pendingCount()).toBe(2);

    queue.pageLoaded();
    expect(delivered).toEqual([]);
    queue.bundledGraphServed();
    expect(delivered).toEqual(['/a.json', '/b.json']);
    expect(queue.pendingCount()).toBe(0);
  });

  it('needs both the load and the bundled-graph answer, in either order', async () => {
    const { queue, delivered } = setup();
    await queue.open(['/a.json']);
    queue.bundledGraphServed();
    expect(delivered).toEqual([]);
    queue.pageLoaded();
    expect(delivered).toEqual(['/a.json']);
  });

  it('delivers at once when the page is ready (a second launch later on)', async () => {
    const { queue, delivered } = setup();
    queue.pageLoaded();
    queue.bundledGraphServed();
    await queue.open(['/later.json']);
    expect(delivered).toEqual(['/later.json']);
  });

  it('keeps the asked order even when an earlier read is slower', async () => {
    const read = vi.fn(async (filePath: string): Promise<Result<ReadFile>> => {
      await new Promise((resolve) => setTimeout(resolve, filePath === '/slow.json' ? 30 : 0));
      return ok(file(filePath));
    });
    const { queue, delivered } = setup({ read });
    queue.pageLoaded();
    queue.bundledGraphServed();
    const first = queue.open(['/slow.json']);
    const second = queue.open(['/fast.json']);
    await Promise.all([first, second]);
    expect(delivered).toEqual(['/slow.json', '/fast.json']);
  });

  it('waits again after the page changes (reload, new window)', async () => {
    const { queue, delivered } = setup();
    queue.pageLoaded();
    queue.bundledGraphServed();
    queue.pageChanged();
    await queue.open(['/a.json']);
    expect(delivered).toEqual([]);
    queue.pageLoaded();
    queue.bundledGraphServed();
    expect(delivered).toEqual(['/a.json']);
  });

  it('keeps a file the window could not take, and sends it to the next page', async () => {
    let windowOpen = false;
    const delivered: string[] = [];
    const { queue } = setup({
      deliver: (f) => {
        if (!windowOpen) return false;
        delivered.push(f.name);
        return true;
      },
    });
    queue.pageLoaded();
    queue.bundledGraphServed();
    await queue.open(['/a.json']);
    expect(queue.pendingCount()).toBe(1);

    windowOpen = true;
    queue.pageLoaded();
    expect(delivered).toEqual([]);
    queue.bundledGraphServed();
    expect(delivered).toEqual(['/a.json']);
  });

  it('reports unreadable files, sends nothing for them, and goes on with the rest', async () => {
    const read = vi.fn(async (filePath: string): Promise<Result<ReadFile>> =>
      filePath === '/big.json' ? err('big.json is 300 MB; the limit is 256 MB') : ok(file(filePath)),
    );
    const { queue, delivered, reported } = setup({ read });
    queue.pageLoaded();
    queue.bundledGraphServed();
    await queue.open(['/big.json', '/ok.json']);
    expect(reported).toEqual(['big.json is 300 MB; the limit is 256 MB']);
    expect(delivered).toEqual(['/ok.json']);
  });

  it('turns a reader that throws into a report, and keeps working', async () => {
    const read = vi.fn(async (filePath: string): Promise<Result<ReadFile>> => {
      if (filePath === '/boom.json') throw new Error('EIO');
      return ok(file(filePath));
    });
    const { queue, delivered, reported } = setup({ read });
    queue.pageLoaded();
    queue.bundledGraphServed();
    await queue.open(['/boom.json', '/ok.json']);
    expect(reported).toEqual(['could not read /boom.json: EIO']);
    expect(delivered).toEqual(['/ok.json']);
  });
});
