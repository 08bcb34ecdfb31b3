import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { ROOT } from './electronApp';
import { sharedAppTest } from './sharedAppTest';

// Runs where the Electron binary exists; skipped here with a printed reason.
const test = sharedAppTest();
// The tests build on each other (first run empty, then a recent file): one app, in order.
test.describe.configure({ mode: 'serial' });

test.describe('desktop behaviour: log file, recent files, remembered window', () => {
  test('the log in the data folder records the bundled-graph check', async ({ kg }) => {
    const userData = await kg.app.evaluate(({ app }) => app.getPath('userData'));
    const log = path.join(userData, 'logs', 'kg-explorer.log');
    await expect.poll(() => readFileSafe(log)).toMatch(/INFO {2}started KG Explorer .*the bundled graph is valid/);
  });

  test('File has Open Recent, empty on a first run', async ({ kg }) => {
    const labels = await kg.app.evaluate(({ Menu }) => {
      const file = Menu.getApplicationMenu()?.items.find((i) => i.label === 'File');
      const recent = file?.submenu?.items.find((i) => i.label === 'Open Recent');
      return recent?.submenu?.items.map((i) => `${i.label}:${i.enabled}`) ?? null;
    });
    expect(labels).toEqual(['No Recent Files:false', ':true', 'Clear Recent:false']);
  });

  test('a file opened from the command line of a second launch becomes the first recent file', async ({ kg }) => {
    const file = path.join(ROOT, 'data', 'belarus-china.kg.json');
    const second = await kg.secondInstance([file]);
    expect(second.code, second.output).toBe(0);
    await expect
      .poll(() => kg.app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.find((i) => i.label === 'File')?.submenu?.items.find((i) => i.label === 'Open Recent')?.submenu?.items[0]?.label))
      .toBe(file);
  });

  // The 'close' event is emitted by hand (the window stays open, so afterAll closes the app as usual).
  test('closing the window writes its bounds to app-state.json', async ({ kg }) => {
    const userData = await kg.app.evaluate(({ app }) => app.getPath('userData'));
    await kg.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setBounds({ x: 40, y: 40, width: 1000, height: 700 }));
    await kg.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.emit('close', { preventDefault: () => undefined }));
    await expect
      .poll(() => JSON.parse(readFileSafe(path.join(userData, 'app-state.json')) || '{}') as { window?: { width: number; height: number } })
      .toMatchObject({ window: { width: 1000, height: 700 } });
  });
});

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
