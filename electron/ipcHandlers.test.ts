import { describe, expect, it, vi } from 'vitest';
import { MAX_OPEN_FILE_BYTES, type AppInfo } from '../core/host/contract';
import { err, ok } from '../core/util/result';
import { createIpcHandlers, type HostServices } from './ipcHandlers';

const appInfo: AppInfo = { name: 'KG Explorer', version: '0.1.0', host: 'electron', platform: 'linux' };
const filters = [{ name: 'Graph', extensions: ['json'] }];

function services(overrides: Partial<HostServices> = {}): HostServices {
  return {
    bundledGraph: () => ok({ name: 'belarus-china.kg.json', text: '{}' }),
    appInfo: () => appInfo,
    showOpenDialog: vi.fn(async () => '/home/u/graph.json'),
    showSaveDialog: vi.fn(async (name: string) => `/home/u/${name}`),
    readFile: vi.fn(async () => ok({ name: 'graph.json', bytes: new Uint8Array([1]) })),
    writeFile: vi.fn(async () => undefined),
    setDocumentState: vi.fn(),
    askToSaveChanges: vi.fn(async () => 'discard' as const),
    saveBeforeCloseDone: vi.fn(),
    ...overrides,
  };
}

describe('IPC handlers', () => {
  it('answers getBundledGraph and getAppInfo', async () => {
    const handlers = createIpcHandlers(services());
    expect(await handlers.getBundledGraph([])).toEqual(ok({ name: 'belarus-china.kg.json', text: '{}' }));
    expect(await handlers.getAppInfo([])).toEqual(ok(appInfo));
    expect((await handlers.getAppInfo(['x'])).ok).toBe(false);
  });

  it('passes a bundled-graph error through as a value', async () => {
    const handlers = createIpcHandlers(services({ bundledGraph: () => err('missing') }));
    expect(await handlers.getBundledGraph([])).toEqual(err('missing'));
  });

  it('opens: dialog with the requested filters, then reads with the size cap', async () => {
    const s = services();
    const result = await createIpcHandlers(s).openFile([{ filters }]);
    expect(s.showOpenDialog).toHaveBeenCalledWith(filters);
    expect(s.readFile).toHaveBeenCalledWith('/home/u/graph.json', MAX_OPEN_FILE_BYTES);
    expect(result).toEqual(ok({ name: 'graph.json', bytes: new Uint8Array([1]) }));
  });

  it('answers null when the open dialog is cancelled', async () => {
    const s = services({ showOpenDialog: vi.fn(async () => null) });
    expect(await createIpcHandlers(s).openFile([{ filters }])).toEqual(ok(null));
    expect(s.readFile).not.toHaveBeenCalled();
  });

  it('never shows a dialog for an invalid payload', async () => {
    const s = services();
    const handlers = createIpcHandlers(s);
    expect((await handlers.openFile([{ filters: 'all' }])).ok).toBe(false);
    expect((await handlers.openFile([])).ok).toBe(false);
    expect((await handlers.saveFile([{ suggestedName: '../x.json', bytes: new Uint8Array(), filters }])).ok).toBe(false);
    expect(s.showOpenDialog).not.toHaveBeenCalled();
    expect(s.showSaveDialog).not.toHaveBeenCalled();
  });

  it('saves: dialog with the suggested name, then writes the bytes to the picked path', async () => {
    const s = services();
    const bytes = new Uint8Array([7, 8, 9]);
    const result = await createIpcHandlers(s).saveFile([{ suggestedName: 'g.json', bytes, filters }]);
    expect(s.showSaveDialog).toHaveBeenCalledWith('g.json', filters);
    expect(s.writeFile).toHaveBeenCalledWith('/home/u/g.json', bytes);
    expect(result).toEqual(ok({ path: '/home/u/g.json' }));
  });

  it('answers null when the save dialog is cancelled', async () => {
    const s = services({ showSaveDialog: vi.fn(async () => null) });
    expect(await createIpcHandlers(s).saveFile([{ suggestedName: 'g.json', bytes: new Uint8Array(), filters }])).toEqual(ok(null));
    expect(s.writeFile).not.toHaveBeenCalled();
  });

  it('turns exceptions into error values, never throws', async () => {
    const boom = async (): Promise<never> => {
      throw new Error('EACCES: permission denied');
    };
    const handlers = createIpcHandlers(services({ showOpenDialog: boom, writeFile: boom, appInfo: () => { throw new Error('x'); } }));
    await expect(handlers.openFile([{ filters }])).resolves.toEqual(err('EACCES: permission denied'));
    await expect(handlers.saveFile([{ suggestedName: 'g.json', bytes: new Uint8Array(), filters }])).resolves.toEqual(
      err('could not save g.json: EACCES: permission denied'),
    );
    await expect(handlers.getAppInfo([])).resolves.toEqual(err('x'));
  });

  it('passes a valid document state on, and refuses a malformed one', async () => {
    const s = services();
    const handlers = createIpcHandlers(s);
    expect(await handlers.documentState([{ name: 'belarus-china.kg.json', edited: true }])).toEqual(ok(undefined));
    expect(s.setDocumentState).toHaveBeenCalledExactlyOnceWith({ name: 'belarus-china.kg.json', edited: true });
    for (const bad of [{ name: 'g.json', edited: 'yes' }, { name: '', edited: true }, { name: 'a\u0007b', edited: false }, { name: 'g.json', edited: true, extra: 1 }, 'edited']) {
      expect(await handlers.documentState([bad])).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid document state request/) });
    }
    expect((await handlers.documentState([])).ok).toBe(false);
    expect(s.setDocumentState).toHaveBeenCalledTimes(1);
  });

  it('asks to save changes with the document name and answers the choice', async () => {
    const s = services({ askToSaveChanges: vi.fn(async () => 'save' as const) });
    const handlers = createIpcHandlers(s);
    expect(await handlers.askToSaveChanges([{ documentName: 'g.graphml' }])).toEqual(ok('save'));
    expect(s.askToSaveChanges).toHaveBeenCalledExactlyOnceWith('g.graphml');
    expect((await handlers.askToSaveChanges([{ documentName: 'x'.repeat(256) }])).ok).toBe(false);
    expect(s.askToSaveChanges).toHaveBeenCalledTimes(1);
  });

  it('passes a well-formed save-before-close answer on, and nothing else', async () => {
    const s = services();
    const handlers = createIpcHandlers(s);
    expect(await handlers.saveBeforeCloseDone([{ requestId: 3, outcome: 'saved' }])).toEqual(ok(undefined));
    expect(s.saveBeforeCloseDone).toHaveBeenCalledExactlyOnceWith({ requestId: 3, outcome: 'saved' });
    for (const bad of [{ requestId: 0, outcome: 'saved' }, { requestId: 1.5, outcome: 'saved' }, { requestId: 2, outcome: 'closed' }, { requestId: 2 }]) {
      expect((await handlers.saveBeforeCloseDone([bad])).ok).toBe(false);
    }
    expect(s.saveBeforeCloseDone).toHaveBeenCalledTimes(1);
  });
});
