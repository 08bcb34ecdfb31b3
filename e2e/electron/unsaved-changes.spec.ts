import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { ROOT, type KgElectronApp } from './electronApp';
import { sharedAppTest } from './sharedAppTest';

// Runs where the Electron binary exists; skipped here with a printed reason.
const test = sharedAppTest();
test.describe.configure({ mode: 'serial' });

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const CLEAN = 'belarus-china.kg.json — KG Explorer';

/** Every later message box answers `button`; returns a reader of the boxes' messages. */
async function answerBoxesWith(kg: KgElectronApp, button: number): Promise<() => Promise<string[]>> {
  await kg.app.evaluate(({ dialog }, response) => {
    const shown: string[] = [];
    (globalThis as { __kgBoxes?: string[] }).__kgBoxes = shown;
    dialog.showMessageBox = (async (...args: unknown[]) => {
      shown.push((args.at(-1) as Electron.MessageBoxOptions).message);
      return { response, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  }, button);
  return () => kg.app.evaluate(() => [...((globalThis as { __kgBoxes?: string[] }).__kgBoxes ?? [])]);
}

const windowCount = (kg: KgElectronApp) => kg.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
const closeWindow = (kg: KgElectronApp) => kg.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());

/**
 * The About box (Help > About) and the unsaved-changes prompt in the real app. Native message boxes
 * cannot be clicked by Playwright, so main's dialog.showMessageBox is replaced by one that records the
 * box and answers a chosen button (0 Save…, 1 Don't Save, 2 Cancel).
 */
test.describe('desktop: About and unsaved changes', () => {
  test('Help > About shows the version from package.json', async ({ kg }) => {
    await expect(kg.window).toHaveTitle(CLEAN);
    await kg.app.evaluate(({ Menu }) => {
      const help = Menu.getApplicationMenu()?.items.find((i) => i.label === 'Help');
      help?.submenu?.items.find((i) => i.label.startsWith('About'))?.click();
    });
    const about = kg.window.getByRole('dialog', { name: 'About KG Explorer' });
    await expect(about).toContainText(`Version ${VERSION} · electron host`);
    await kg.window.keyboard.press('Escape');
    await expect(about).toHaveCount(0);
  });

  test('after an edit the title is marked; closing asks, and Cancel keeps the window', async ({ kg }) => {
    await kg.window.getByRole('searchbox', { name: 'Search actors, aliases and evidence' }).fill('Sergei Aleinik');
    await kg.window.getByRole('searchbox', { name: 'Search actors, aliases and evidence' }).blur();
    kg.window.once('dialog', (d) => void d.accept());
    await kg.window.keyboard.press('Delete');
    await expect(kg.counts).toHaveText('20 / 20 actors · 46 / 46 relations');
    await expect(kg.window).toHaveTitle(`• ${CLEAN}`);
    await expect.poll(() => kg.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toBe(`• ${CLEAN}`);

    const boxes = await answerBoxesWith(kg, 2);
    await closeWindow(kg);
    await expect.poll(boxes).toEqual(['Do you want to save the changes you made to belarus-china.kg.json?']);
    expect(await windowCount(kg)).toBe(1);
  });

  test('undo back to the opened graph clears the marker; redo sets it again', async ({ kg }) => {
    await kg.window.keyboard.press('Control+z');
    await expect(kg.window).toHaveTitle(CLEAN);
    await kg.window.keyboard.press('Control+Shift+z');
    await expect(kg.window).toHaveTitle(`• ${CLEAN}`);
  });

  test('Don’t Save closes the window (and, on Linux and Windows, the app with it)', async ({ kg }) => {
    await answerBoxesWith(kg, 1);
    // The Cancel test above showed the box comes first; here the window must go after the answer.
    const gone =
      process.platform === 'darwin'
        ? expect.poll(() => windowCount(kg)).toBe(0)
        : kg.app.waitForEvent('close').then(() => undefined);
    await closeWindow(kg).catch(() => undefined);
    await gone;
  });
});
