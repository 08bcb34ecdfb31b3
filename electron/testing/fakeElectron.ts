import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';

/**
 * A stand-in for the 'electron' module, for testing main.ts without the Electron binary (which
 * cannot be installed here). Each test file keeps its own `FakeElectronState` from vi.hoisted and
 * returns `fakeElectronModule(state, …)` from its vi.mock factory.
 */
export interface FakeElectronState {
  /** What requestSingleInstanceLock answers. */
  lock: boolean;
  /** Sends, focus and message boxes, in the order they happened. */
  log: string[];
  handlers: Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>;
  /** Fires `ready` (set by app.whenReady). */
  resolveReady: () => void;
  windows: unknown[];
  /** The button index each message box answers, in turn; `defaultAnswer` once they run out. */
  answers: number[];
  defaultAnswer: number;
  boxes: { message: string; detail: string; buttons: string[]; cancelId: number }[];
}

export function newFakeElectronState(defaultAnswer: number): FakeElectronState {
  return { lock: true, log: [], handlers: new Map(), resolveReady: () => undefined, windows: [], answers: [], defaultAnswer, boxes: [] };
}

const WORK_AREA = { x: 0, y: 0, width: 1920, height: 1040 };

export function fakeElectronModule(fake: FakeElectronState, userDataFolder: string) {
  // The app state and the log file go to a throwaway folder.
  const userData = path.join(tmpdir(), `${userDataFolder}-${process.pid}`);
  let ready: Promise<void> | null = null;
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => fake.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: () => (ready ??= new Promise<void>((resolve) => (fake.resolveReady = resolve))),
    getAppPath: () => path.resolve(import.meta.dirname, '../..'),
    getPath: () => userData,
    getName: () => 'KG Explorer',
    getVersion: () => '0.1.0',
    isPackaged: false,
  });

  class FakeWebContents extends EventEmitter {
    mainFrame = {
      url: 'app://kg/index.html',
      processId: 7,
      routingId: 1,
      parent: null,
      send: vi.fn((channel: string, payload: { name?: string }) => fake.log.push(`send ${channel} ${payload?.name ?? String(payload)}`)),
    };
  }
  class BrowserWindow extends EventEmitter {
    static getAllWindows = () => fake.windows.filter((w) => !(w as BrowserWindow).destroyed);
    webContents = new FakeWebContents();
    destroyed = false;
    visible = true;
    minimized = false;
    constructor(readonly options: unknown) {
      super();
      fake.windows.push(this);
    }
    loadURL = vi.fn(async () => undefined);
    isDestroyed = () => this.destroyed;
    isVisible = () => this.visible;
    isMinimized = () => this.minimized;
    restore = vi.fn(() => (this.minimized = false));
    focus = vi.fn(() => fake.log.push('focus'));
    show = vi.fn();
    setBounds = vi.fn();
    maximize = vi.fn();
    setDocumentEdited = vi.fn();
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1400, height: 900 });
    /** Like Electron: 'close' first, and the window stays when a listener prevented it. */
    close = vi.fn(() => {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) this.destroyed = true;
    });
  }
  return {
    app,
    BrowserWindow,
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: WORK_AREA }], getPrimaryDisplay: () => ({ workArea: WORK_AREA }) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } } },
    ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => fake.handlers.set(channel, fn) },
    dialog: {
      showMessageBox: vi.fn(async (...args: unknown[]) => {
        const options = args.at(-1) as FakeElectronState['boxes'][number];
        fake.log.push(`box ${options.message}: ${options.detail}`);
        fake.boxes.push(options);
        return { response: fake.answers.shift() ?? fake.defaultAnswer, checkboxChecked: false };
      }),
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
    },
  };
}
