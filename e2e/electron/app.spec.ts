import { expect } from '@playwright/test';
import { sharedAppTest } from './sharedAppTest';

// The Electron binary cannot be downloaded on every machine (DESIGN: "What this machine can and
// cannot run"): skipped here with a printed reason.
const test = sharedAppTest();

/** The keys of KgHost (core/host/contract.ts): window.kg must have these and nothing else. */
const KG_HOST_KEYS = [
  'askToSaveChanges',
  'getAppInfo',
  'getBundledGraph',
  'onMenuCommand',
  'onOpenFile',
  'onSaveBeforeClose',
  'openFile',
  'saveFile',
  'setDocumentState',
];

test.describe('KG Explorer desktop app', () => {
  test('opens one window with the bundled graph', async ({ kg }) => {
    await expect(kg.window).toHaveTitle(/KG Explorer/);
    await expect(kg.window).toHaveURL(/^app:\/\/kg\//);
    await expect(kg.counts).toHaveText(/\d+ \/ \d+ actors/);
    await expect(kg.problems).toHaveCount(0);
    expect(await kg.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(kg.pageErrors).toEqual([]);
  });

  test('the page has no Node and sees only window.kg', async ({ kg }) => {
    const surface = await kg.window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
      ipcRenderer: typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer,
      kgKeys: Object.keys(window.kg).sort(),
      kgTypes: Object.values(window.kg).map((v) => typeof v),
    }));
    expect(surface.require).toBe('undefined');
    expect(surface.process).toBe('undefined');
    expect(surface.module).toBe('undefined');
    expect(surface.ipcRenderer).toBe('undefined');
    expect(surface.kgKeys).toEqual(KG_HOST_KEYS);
    expect(new Set(surface.kgTypes)).toEqual(new Set(['function']));
  });

  test('window.kg reaches main over checked IPC', async ({ kg }) => {
    const info = await kg.window.evaluate(() => window.kg.getAppInfo());
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', version: expect.any(String) } });
    const badSave = await kg.window.evaluate(() =>
      window.kg.saveFile({ suggestedName: '../../escape.json', bytes: new Uint8Array([1]), filters: [] }),
    );
    expect(badSave.ok).toBe(false);
  });

  test('the main process reports context isolation and the sandbox on', async ({ kg }) => {
    expect(await kg.mainProcessWebPreferences()).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  test('the page cannot navigate away from app:// or open windows', async ({ kg }) => {
    const attempt = kg.nextNavigationAttempt();
    await kg.window.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    // main saw the attempt (and its guard, registered first, cancelled it) …
    expect(await attempt).toBe('https://example.com/');
    // … so the window still shows the app.
    expect(await kg.mainProcessUrl()).toMatch(/^app:\/\/kg\//);
    await expect(kg.window).toHaveURL(/^app:\/\/kg\//);
    await expect(kg.counts).toHaveText(/\d+ \/ \d+ actors/);

    expect(await kg.window.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(await kg.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});
