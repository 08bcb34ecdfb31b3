import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type KgHost, type MenuCommand } from '../core/host/contract';

/**
 * The preload against a stand-in for the 'electron' module (the real one needs the Electron binary):
 * checks what the page gets as window.kg, and that nothing of IPC leaks into it.
 */
const bridge = vi.hoisted(() => {
  type Listener = (event: unknown, ...args: unknown[]) => void;
  const listeners = new Map<string, Set<Listener>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
    emit(channel: string, ...args: unknown[]): void {
      for (const l of listeners.get(channel) ?? []) l({ sender: 'the IPC event' }, ...args);
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api) },
  ipcRenderer: {
    invoke: bridge.invoke,
    on: (channel: string, l: (event: unknown, ...args: unknown[]) => void) => {
      const set = bridge.listeners.get(channel) ?? new Set();
      set.add(l);
      bridge.listeners.set(channel, set);
    },
    removeListener: (channel: string, l: (event: unknown, ...args: unknown[]) => void) => bridge.listeners.get(channel)?.delete(l),
  },
}));

await import('./preload');
const kg = bridge.exposed.get('kg') as KgHost;

// Braces matter: a function returned from beforeEach is run as its teardown, and mockReset returns the mock.
beforeEach(() => {
  bridge.invoke.mockReset();
});

describe('preload', () => {
  it('exposes exactly window.kg with the KgHost functions', () => {
    expect([...bridge.exposed.keys()]).toEqual(['kg']);
    expect(Object.keys(kg).sort()).toEqual([
      'askToSaveChanges',
      'getAppInfo',
      'getBundledGraph',
      'onMenuCommand',
      'onOpenFile',
      'onSaveBeforeClose',
      'openFile',
      'saveFile',
      'setDocumentState',
    ]);
    for (const value of Object.values(kg)) expect(typeof value).toBe('function');
  });

  it('invokes one channel per call and hands back main’s Result', async () => {
    bridge.invoke.mockResolvedValue({ ok: true, value: 'x' });
    const request = { filters: [{ name: 'Graph', extensions: ['json'] }] };
    await expect(kg.openFile(request)).resolves.toEqual({ ok: true, value: 'x' });
    expect(bridge.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.openFile, request);
    await kg.getBundledGraph();
    expect(bridge.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.getBundledGraph);
    await kg.getAppInfo();
    expect(bridge.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.getAppInfo);
    const save = { suggestedName: 'g.json', bytes: new Uint8Array([1]), filters: [] };
    await kg.saveFile(save);
    expect(bridge.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.saveFile, save);
  });

  it('turns a rejected invoke into an error value', async () => {
    bridge.invoke.mockImplementation(async () => {
      throw new Error("No handler registered for 'kg:open-file'");
    });
    await expect(kg.openFile({ filters: [] })).resolves.toEqual({ ok: false, error: "No handler registered for 'kg:open-file'" });
  });

  it('delivers known menu commands without the IPC event, drops unknown ones, and unsubscribes', () => {
    const received: unknown[][] = [];
    const unsubscribe = kg.onMenuCommand((...args: unknown[]) => received.push(args));
    bridge.emit(IPC_CHANNELS.menuCommand, 'fit');
    bridge.emit(IPC_CHANNELS.menuCommand, 'rm -rf');
    bridge.emit(IPC_CHANNELS.menuCommand, { command: 'fit' });
    bridge.emit(IPC_CHANNELS.menuCommand, 'layout-grid');
    expect(received).toEqual([['fit'], ['layout-grid']] satisfies MenuCommand[][]);
    unsubscribe();
    bridge.emit(IPC_CHANNELS.menuCommand, 'fit');
    expect(received).toHaveLength(2);
    expect(bridge.listeners.get(IPC_CHANNELS.menuCommand)?.size).toBe(0);
  });

  it('delivers well-formed files to open without the IPC event, drops malformed ones, and unsubscribes', () => {
    const received: unknown[][] = [];
    const unsubscribe = kg.onOpenFile((...args: unknown[]) => received.push(args));
    const bytes = new Uint8Array([0x7b, 0x7d]);
    bridge.emit(IPC_CHANNELS.openFileRequest, { name: 'g.kg.json', bytes });
    bridge.emit(IPC_CHANNELS.openFileRequest, { name: 'g.kg.json', bytes: 'not bytes' });
    bridge.emit(IPC_CHANNELS.openFileRequest, { name: 42, bytes });
    bridge.emit(IPC_CHANNELS.openFileRequest, null);
    bridge.emit(IPC_CHANNELS.openFileRequest, '/etc/passwd');
    expect(received).toEqual([[{ name: 'g.kg.json', bytes }]]);
    unsubscribe();
    bridge.emit(IPC_CHANNELS.openFileRequest, { name: 'g.kg.json', bytes });
    expect(received).toHaveLength(1);
    expect(bridge.listeners.get(IPC_CHANNELS.openFileRequest)?.size).toBe(0);
  });

  it('reports the document state and asks to save changes, one channel each', async () => {
    bridge.invoke.mockResolvedValue({ ok: true, value: 'discard' });
    await kg.setDocumentState({ name: 'g.json', edited: true });
    expect(bridge.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.documentState, { name: 'g.json', edited: true });
    await expect(kg.askToSaveChanges({ documentName: 'g.json' })).resolves.toEqual({ ok: true, value: 'discard' });
    expect(bridge.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.askToSaveChanges, { documentName: 'g.json' });
  });

  it('runs the save handler for each numbered request and answers with its outcome, failed when it throws', async () => {
    bridge.invoke.mockResolvedValue({ ok: true });
    const outcomes = ['saved', 'cancelled'] as const;
    let calls = 0;
    const unsubscribe = kg.onSaveBeforeClose(async () => {
      const outcome = outcomes[calls++];
      if (!outcome) throw new Error('disk full');
      return outcome;
    });
    bridge.emit(IPC_CHANNELS.saveBeforeClose, 1);
    bridge.emit(IPC_CHANNELS.saveBeforeClose, 'not a number');
    bridge.emit(IPC_CHANNELS.saveBeforeClose, -2);
    bridge.emit(IPC_CHANNELS.saveBeforeClose, 2);
    bridge.emit(IPC_CHANNELS.saveBeforeClose, 3);
    await vi.waitFor(() => expect(bridge.invoke).toHaveBeenCalledTimes(3));
    expect(bridge.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.saveBeforeCloseDone, { requestId: 1, outcome: 'saved' }],
      [IPC_CHANNELS.saveBeforeCloseDone, { requestId: 2, outcome: 'cancelled' }],
      [IPC_CHANNELS.saveBeforeCloseDone, { requestId: 3, outcome: 'failed' }],
    ]);
    unsubscribe();
    expect(bridge.listeners.get(IPC_CHANNELS.saveBeforeClose)?.size).toBe(0);
  });
});
