import type { EventEmitter } from 'node:events';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../core/host/contract';

/**
 * main.ts's unsaved-changes prompt against a stand-in 'electron' module (the real one needs the
 * Electron binary): the page reports its document state over checked IPC; closing the window or
 * quitting over edits shows "Save / Don't Save / Cancel"; Save asks the page to save and waits for its
 * numbered answer.
 */
const fake = await vi.hoisted(async () => (await import('./testing/fakeElectron')).newFakeElectronState(2));

vi.mock('electron', async () => (await import('./testing/fakeElectron')).fakeElectronModule(fake, 'kg-main-unsaved-test'));

interface FakeWindow extends EventEmitter {
  webContents: EventEmitter & { mainFrame: { url: string; processId: number; routingId: number; parent: null; send: ReturnType<typeof vi.fn> } };
  destroyed: boolean;
  close: ReturnType<typeof vi.fn>;
}

const electron = await import('electron');
const app = electron.app as unknown as EventEmitter & { quit: ReturnType<typeof vi.fn> };
const window = (): FakeWindow => fake.windows.at(-1) as FakeWindow;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An IPC call from our window's main frame, through main's sender check and zod parsing. */
async function fromPage(channel: string, payload: unknown): Promise<unknown> {
  return fake.handlers.get(channel)!({ senderFrame: window().webContents.mainFrame }, payload);
}

/** The user (or the OS) closes the window: answers whether main let it close. */
function userCloses(): boolean {
  let prevented = false;
  window().emit('close', { preventDefault: () => (prevented = true) });
  return !prevented;
}

const saveRequests = () => window().webContents.mainFrame.send.mock.calls.filter(([channel]) => channel === IPC_CHANNELS.saveBeforeClose);

beforeAll(async () => {
  const argv = process.argv;
  process.argv = ['/x/electron', '.'];
  try {
    await import('./main');
  } finally {
    process.argv = argv;
  }
  fake.resolveReady();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  await vi.waitFor(() => expect(fake.handlers.has(IPC_CHANNELS.documentState)).toBe(true));
});

afterAll(async () => {
  await rm(electron.app.getPath('userData'), { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  fake.boxes.length = 0;
  fake.answers.length = 0;
  app.quit.mockClear();
  window().close.mockClear();
  window().webContents.mainFrame.send.mockClear();
});

describe('main process: unsaved changes', () => {
  it('closes at once while the page reports no edits', async () => {
    expect(await fromPage(IPC_CHANNELS.documentState, { name: 'belarus-china.kg.json', edited: false })).toEqual({ ok: true, value: undefined });
    expect(userCloses()).toBe(true);
    expect(fake.boxes).toEqual([]);
  });

  it('refuses a malformed document state, which changes nothing', async () => {
    expect(await fromPage(IPC_CHANNELS.documentState, { name: 'belarus-china.kg.json', edited: 'yes' })).toMatchObject({ ok: false });
    expect(userCloses()).toBe(true);
  });

  it('over edits: asks Save / Don’t Save / Cancel, and Cancel keeps the window', async () => {
    await fromPage(IPC_CHANNELS.documentState, { name: 'belarus-china.kg.json', edited: true });
    fake.answers.push(2);
    expect(userCloses()).toBe(false);
    await flush();
    expect(fake.boxes).toHaveLength(1);
    expect(fake.boxes[0]).toMatchObject({
      message: 'Do you want to save the changes you made to belarus-china.kg.json?',
      buttons: ['Save…', "Don't Save", 'Cancel'],
      cancelId: 2,
    });
    expect(window().close).not.toHaveBeenCalled();
    expect(window().destroyed).toBe(false);
  });

  it('Don’t Save closes the window', async () => {
    fake.answers.push(1);
    expect(userCloses()).toBe(false);
    await vi.waitFor(() => expect(window().close).toHaveBeenCalledTimes(1));
    expect(window().destroyed).toBe(true);
    expect(fake.boxes).toHaveLength(1);
  });

  it('a new window starts without edits, whatever the previous page said', async () => {
    app.emit('activate');
    await vi.waitFor(() => expect(fake.windows).toHaveLength(2));
    expect(userCloses()).toBe(true);
    window().destroyed = true;
    window().emit('closed');
    app.emit('activate');
    await vi.waitFor(() => expect(fake.windows).toHaveLength(3));
  });

  it('Save asks the page to save; a cancelled save keeps the window', async () => {
    await fromPage(IPC_CHANNELS.documentState, { name: 'edited.graphml', edited: true });
    fake.answers.push(0);
    expect(userCloses()).toBe(false);
    await vi.waitFor(() => expect(saveRequests()).toHaveLength(1));
    const [, requestId] = saveRequests()[0]!;
    expect(await fromPage(IPC_CHANNELS.saveBeforeCloseDone, { requestId, outcome: 'cancelled' })).toEqual({ ok: true, value: undefined });
    await flush();
    expect(window().close).not.toHaveBeenCalled();
    expect(window().destroyed).toBe(false);
  });

  it('Save, then the page’s "saved" answer for that request, closes the window; answers to other numbers do not', async () => {
    fake.answers.push(0);
    expect(userCloses()).toBe(false);
    await vi.waitFor(() => expect(saveRequests()).toHaveLength(1));
    const [, requestId] = saveRequests()[0]! as [string, number];
    await fromPage(IPC_CHANNELS.saveBeforeCloseDone, { requestId: requestId + 1, outcome: 'saved' });
    await flush();
    expect(window().close).not.toHaveBeenCalled();
    await fromPage(IPC_CHANNELS.saveBeforeCloseDone, { requestId, outcome: 'saved' });
    await vi.waitFor(() => expect(window().close).toHaveBeenCalledTimes(1));
    expect(window().destroyed).toBe(true);
    window().emit('closed');
  });

  it('a reload drops the edits with the page: the window closes without asking', async () => {
    app.emit('activate');
    await vi.waitFor(() => expect(fake.windows).toHaveLength(4));
    await fromPage(IPC_CHANNELS.documentState, { name: 'g.json', edited: true });
    window().webContents.emit('did-navigate');
    expect(userCloses()).toBe(true);
    expect(fake.boxes).toEqual([]);
  });

  it('quitting over edits asks too; Cancel stops the quit, Don’t Save carries it on through app.quit', async () => {
    await fromPage(IPC_CHANNELS.documentState, { name: 'g.json', edited: true });
    app.emit('before-quit', { preventDefault: vi.fn() });
    fake.answers.push(2);
    expect(userCloses()).toBe(false);
    await flush();
    expect(app.quit).not.toHaveBeenCalled();

    // A later plain close is not a quit any more.
    fake.answers.push(1);
    expect(userCloses()).toBe(false);
    await vi.waitFor(() => expect(window().close).toHaveBeenCalledTimes(1));
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('Don’t Save while quitting calls app.quit instead of closing the window alone', async () => {
    app.emit('activate');
    await vi.waitFor(() => expect(fake.windows).toHaveLength(5));
    await fromPage(IPC_CHANNELS.documentState, { name: 'g.json', edited: true });
    app.emit('before-quit', { preventDefault: vi.fn() });
    fake.answers.push(1);
    expect(userCloses()).toBe(false);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(window().close).not.toHaveBeenCalled();
    // app.quit closes the window again: now it goes through without a second box.
    expect(userCloses()).toBe(true);
    expect(fake.boxes).toHaveLength(1);
  });
});
