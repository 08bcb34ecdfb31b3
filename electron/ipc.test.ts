import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../core/host/contract';
import { ok } from '../core/util/result';
import { registerIpcHandlers, sendMenuCommand, sendOpenFile, sendSaveBeforeClose } from './ipc';
import type { HostServices } from './ipcHandlers';
import type { FrameLike } from './ipcValidation';

/** ipc.ts against a stand-in ipcMain (the real module needs the Electron binary). */
const registered = vi.hoisted(() => new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>());
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => registered.set(channel, handler) },
}));

const mainFrame = { url: 'app://kg/index.html', processId: 3, routingId: 1, parent: null, send: vi.fn() };
const fakeWindow = { isDestroyed: () => false, webContents: { mainFrame } } as unknown as BrowserWindow;

const services: HostServices = {
  bundledGraph: () => ok({ name: 'g.kg.json', text: '{}' }),
  appInfo: () => ({ name: 'KG Explorer', version: '0.1.0', host: 'electron', platform: 'linux' }),
  showOpenDialog: vi.fn(async () => null),
  showSaveDialog: vi.fn(async () => null),
  readFile: vi.fn(),
  writeFile: vi.fn(),
  setDocumentState: vi.fn(),
  askToSaveChanges: vi.fn(async () => 'cancel' as const),
  saveBeforeCloseDone: vi.fn(),
};

registerIpcHandlers(() => fakeWindow, services);
const call = (channel: string, senderFrame: FrameLike | null, ...args: unknown[]) => registered.get(channel)!({ senderFrame }, ...args);

describe('registerIpcHandlers', () => {
  it('handles exactly the invoke channels of the contract', () => {
    expect([...registered.keys()].sort()).toEqual(
      [
        IPC_CHANNELS.getBundledGraph,
        IPC_CHANNELS.openFile,
        IPC_CHANNELS.saveFile,
        IPC_CHANNELS.getAppInfo,
        IPC_CHANNELS.documentState,
        IPC_CHANNELS.askToSaveChanges,
        IPC_CHANNELS.saveBeforeCloseDone,
      ].sort(),
    );
  });

  it('answers our window’s main frame', async () => {
    await expect(call(IPC_CHANNELS.getBundledGraph, mainFrame)).resolves.toEqual(ok({ name: 'g.kg.json', text: '{}' }));
    await expect(call(IPC_CHANNELS.openFile, mainFrame, { filters: [] })).resolves.toEqual(ok(null));
  });

  it('refuses any other sender before looking at the payload or opening a dialog', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const subframe = { ...mainFrame, routingId: 9, parent: mainFrame };
    const remote = { ...mainFrame, url: 'https://example.com/' };
    for (const sender of [null, subframe, remote, { ...mainFrame, processId: 8 }]) {
      const result = await call(IPC_CHANNELS.openFile, sender, { filters: [] });
      expect(result).toMatchObject({ ok: false });
    }
    expect(services.showOpenDialog).toHaveBeenCalledTimes(1);
  });

  it('answers an invalid payload with an error value', async () => {
    await expect(call(IPC_CHANNELS.saveFile, mainFrame, { suggestedName: '../../x', bytes: 'no', filters: [] })).resolves.toMatchObject({
      ok: false,
      error: expect.stringMatching(/^invalid save request/),
    });
  });
});

describe('sendMenuCommand', () => {
  it('sends to the main frame on the menu channel, and not to a closed window', () => {
    sendMenuCommand(fakeWindow, 'fit');
    expect(mainFrame.send).toHaveBeenCalledWith(IPC_CHANNELS.menuCommand, 'fit');
    sendMenuCommand(null, 'fit');
    sendMenuCommand({ isDestroyed: () => true } as unknown as BrowserWindow, 'fit');
    expect(mainFrame.send).toHaveBeenCalledTimes(1);
  });
});

describe('sendOpenFile', () => {
  it('sends the name and bytes to the main frame on the open-file channel, and not to a closed window', () => {
    mainFrame.send.mockClear();
    const file = { name: 'g.kg.json', bytes: new Uint8Array([0x7b, 0x7d]) };
    expect(sendOpenFile(fakeWindow, file)).toBe(true);
    expect(mainFrame.send).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.openFileRequest, file);
    expect(sendOpenFile(null, file)).toBe(false);
    expect(sendOpenFile({ isDestroyed: () => true } as unknown as BrowserWindow, file)).toBe(false);
    expect(mainFrame.send).toHaveBeenCalledTimes(1);
  });
});

describe('sendSaveBeforeClose', () => {
  it('sends the request number to the main frame on the save-before-close channel, and not to a closed window', () => {
    mainFrame.send.mockClear();
    expect(sendSaveBeforeClose(fakeWindow, 4)).toBe(true);
    expect(mainFrame.send).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.saveBeforeClose, 4);
    expect(sendSaveBeforeClose(null, 5)).toBe(false);
    expect(sendSaveBeforeClose({ isDestroyed: () => true } as unknown as BrowserWindow, 5)).toBe(false);
    expect(mainFrame.send).toHaveBeenCalledTimes(1);
  });

  it('refuses a save-before-close answer from another frame before it reaches main', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const remote = { ...mainFrame, url: 'https://example.com/' };
    expect(await call(IPC_CHANNELS.saveBeforeCloseDone, remote, { requestId: 1, outcome: 'saved' })).toMatchObject({ ok: false });
    expect(await call(IPC_CHANNELS.documentState, remote, { name: 'g.json', edited: false })).toMatchObject({ ok: false });
    expect(services.saveBeforeCloseDone).not.toHaveBeenCalled();
    expect(services.setDocumentState).not.toHaveBeenCalled();
  });
});
