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
const fake = vi.hoisted(() => ({
  /** What requestSingleInstanceLock answers. */
  lock: true,
  /** Sends, replies, focus and message boxes, in the order they happened. */
  log: [] as string[],
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  /** Fires `ready` (set by app.whenReady). */
  resolveReady: (): void => undefined,
  windows: [] as unknown[],
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const { vi: v } = await import('vitest');
  const userData = path.join((await import('node:os')).tmpdir(), `kg-main-test-${process.pid}`);
  let ready: Promise<void> | null = null;
  const app = Object.assign(new Emitter(), {
    requestSingleInstanceLock: v.fn(() => fake.lock),
    quit: v.fn(),
    exit: v.fn(),
    enableSandbox: v.fn(),
    whenReady: () => (ready ??= new Promise<void>((resolve) => (fake.resolveReady = resolve))),
    getAppPath: () => path.resolve(import.meta.dirname, '..'),
    // The app state and the log file go to a throwaway folder.
    getPath: () => userData,
    getName: () => 'KG Explorer',
    getVersion: () => '0.1.0',
    isPackaged: false,
  });

  class FakeWebContents extends Emitter {
    mainFrame = {
      url: 'app://kg/index.html',
      processId: 7,
      routingId: 1,
      parent: null,
      send: v.fn((channel: string, payload: { name?: string }) => fake.log.push(`send ${channel} ${payload?.name ?? String(payload)}`)),
    };
  }
  class BrowserWindow extends Emitter {
    static getAllWindows = () => fake.windows.filter((w) => !(w as BrowserWindow).destroyed);
    webContents = new FakeWebContents();
    destroyed = false;
    visible = true;
    minimized = false;
    constructor(readonly options: unknown) {
      super();
      fake.windows.push(this);
    }
    loadURL = v.fn(async () => undefined);
    isDestroyed = () => this.destroyed;
    isVisible = () => this.visible;
    isMinimized = () => this.minimized;
    restore = v.fn(() => (this.minimized = false));
    focus = v.fn(() => fake.log.push('focus'));
    show = v.fn();
    setBounds = v.fn();
    maximize = v.fn();
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1400, height: 900 });
  }
  return {
    app,
    BrowserWindow,
    Menu: { buildFromTemplate: v.fn((t: unknown) => t), setApplicationMenu: v.fn() },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
    protocol: { registerSchemesAsPrivileged: v.fn(), handle: v.fn() },
    session: { defaultSession: { setPermissionRequestHandler: v.fn(), setPermissionCheckHandler: v.fn(), webRequest: { onBeforeRequest: v.fn() } } },
    ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => fake.handlers.set(channel, fn) },
    dialog: {
      showMessageBox: v.fn(async (...args: unknown[]) => {
        const options = args.at(-1) as { message: string; detail: string };
        fake.log.push(`box ${options.message}: ${options.detail}`);
        return { response: 0, checkboxChecked: false };
      }),
      showOpenDialog: v.fn(),
      showSaveDialog: v.fn(),
    },
  };
});

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
