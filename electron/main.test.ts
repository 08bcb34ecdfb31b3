import type { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../core/host/contract';

/**
 * main.ts's wiring against a stand-in 'electron' module (the real one needs the Electron binary,
 * which cannot be installed here; e2e/electron/open-file.spec.ts covers the same where it can).
 * Checks the lifecycle of files opened from outside: argv, macOS open-file before `ready`, the
 * second instance, the wait for the page, the order against the bundled graph, and the error box.
 */
const fake = await vi.hoisted(async () => (await import('./testing/fakeElectron')).newFakeElectronState(0));

vi.mock('electron', async () => (await import('./testing/fakeElectron')).fakeElectronModule(fake, 'kg-main-test'));

interface FakeWindow extends EventEmitter {
  webContents: EventEmitter & { mainFrame: { url: string; processId: number; routingId: number; parent: null } };
  minimized: boolean;
  destroyed: boolean;
  restore: ReturnType<typeof vi.fn>;
}

let dir: string;
const graph = (name: string) => path.join(dir, name);
const electron = await import('electron');
const app = electron.app as unknown as EventEmitter & { quit: ReturnType<typeof vi.fn>; requestSingleInstanceLock: ReturnType<typeof vi.fn> };
const window = (): FakeWindow => fake.windows.at(-1) as FakeWindow;
const sends = () => fake.log.filter((l) => l.startsWith('send') || l === 'reply');
const flushImmediates = () => new Promise((resolve) => setImmediate(resolve));

async function askForBundledGraph(): Promise<void> {
  const handler = fake.handlers.get(IPC_CHANNELS.getBundledGraph)!;
  const result = (await handler({ senderFrame: window().webContents.mainFrame })) as { ok: boolean };
  expect(result.ok).toBe(true);
  // Electron sends the reply when the handler's promise settles: this is that moment.
  fake.log.push('reply');
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kg-main-'));
  for (const name of ['argv.kg.json', 'finder.kg.json', 'second.kg.json']) await writeFile(graph(name), `{"name":"${name}"}`);
});

afterAll(async () => {
  // The app-state store may still be finishing an atomic write (temp file then rename) into the
  // throwaway user-data folder: retry instead of failing on ENOTEMPTY.
  const removal = { recursive: true, force: true, maxRetries: 10, retryDelay: 50 } as const;
  await rm(dir, removal);
  await rm(electron.app.getPath('userData'), removal);
});

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('main process: files opened from outside the app', () => {
  it('takes the single-instance lock and registers open-file before ready', async () => {
    const argv = process.argv;
    process.argv = ['/x/electron', '--inspect=0', '.', graph('argv.kg.json')];
    try {
      await import('./main');
    } finally {
      process.argv = argv;
    }
    expect(app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();
    expect(app.listenerCount('open-file')).toBe(1);
    expect(app.listenerCount('second-instance')).toBe(1);
  });

  it('queues a macOS open-file that arrives before ready', () => {
    const event = { preventDefault: vi.fn() };
    app.emit('open-file', event, graph('finder.kg.json'));
    expect(event.preventDefault).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });

  it('opens the window at ready, and sends nothing before the page loaded and got its bundled graph', async () => {
    fake.resolveReady();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    await vi.waitFor(() => expect(fake.handlers.has(IPC_CHANNELS.getBundledGraph)).toBe(true));

    window().webContents.emit('did-navigate');
    window().webContents.emit('did-finish-load');
    await flushImmediates();
    expect(sends()).toEqual([]);
  });

  it('sends the argv file, then the open-file one, after the bundled-graph reply', async () => {
    await askForBundledGraph();
    await vi.waitFor(() => expect(sends()).toHaveLength(3));
    expect(sends()).toEqual(['reply', `send ${IPC_CHANNELS.openFileRequest} argv.kg.json`, `send ${IPC_CHANNELS.openFileRequest} finder.kg.json`]);
  });

  it('a second launch focuses the window and opens its files, relative to its own folder', async () => {
    fake.log.length = 0;
    window().minimized = true;
    app.emit('second-instance', {}, ['/x/electron', '.', '--original-process-start-time=1', 'second.kg.json'], dir);
    expect(window().restore).toHaveBeenCalled();
    await vi.waitFor(() => expect(sends()).toEqual([`send ${IPC_CHANNELS.openFileRequest} second.kg.json`]));
    expect(fake.log[0]).toBe('focus');
  });

  it('a second launch with nothing to open only focuses the window', async () => {
    fake.log.length = 0;
    app.emit('second-instance', {}, ['/x/electron', '.'], dir);
    await flushImmediates();
    expect(fake.log).toEqual(['focus']);
  });

  it('reports a file that cannot be read in a message box and sends nothing', async () => {
    fake.log.length = 0;
    app.emit('second-instance', {}, ['/x/electron', '.', 'missing.kg.json'], dir);
    await vi.waitFor(() => expect(fake.log.some((l) => l.startsWith('box'))).toBe(true));
    expect(fake.log.filter((l) => l.startsWith('box'))).toEqual([expect.stringMatching(/^box A file could not be opened: could not read missing\.kg\.json: ENOENT/)]);
    expect(sends()).toEqual([]);
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/^\[kg\] could not open a file: could not read missing\.kg\.json/));
    // …and in the log file in the app's data folder.
    const logFile = path.join(electron.app.getPath('userData'), 'logs', 'kg-explorer.log');
    expect(await readFile(logFile, 'utf8')).toMatch(/ERROR could not open a file: could not read missing\.kg\.json/);
  });

  it('after a reload, waits again for the new page before sending', async () => {
    fake.log.length = 0;
    window().webContents.emit('did-navigate');
    app.emit('second-instance', {}, ['/x/electron', '.', 'second.kg.json'], dir);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sends()).toEqual([]);
    window().webContents.emit('did-finish-load');
    await askForBundledGraph();
    await vi.waitFor(() => expect(sends()).toEqual(['reply', `send ${IPC_CHANNELS.openFileRequest} second.kg.json`]));
  });
});

describe('main process: a second instance', () => {
  it('quits at once without the lock, and registers nothing', async () => {
    vi.resetModules();
    fake.lock = false;
    app.removeAllListeners();
    app.quit.mockClear();
    await import('./main');
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.listenerCount('open-file')).toBe(0);
    expect(app.listenerCount('second-instance')).toBe(0);
    expect(app.listenerCount('web-contents-created')).toBe(0);
  });
});
