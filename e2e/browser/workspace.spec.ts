import { expect, test } from '@playwright/test';
import { AppPage } from '../support/AppPage';

test('a workspace saves and restores graph, filters, selection, focus and layout', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('circle');
  await page.waitForSelector('body[data-layout-done="2"]');
  await app.toggle('Stance', 'Neutral');
  await app.selectActor('Alexander Lukashenko');
  await page.getByRole('button', { name: 'Depth 1' }).click();
  // Focus walks only visible relations: without neutral ties Lukashenko reaches 4 actors, 6 relations.
  const counts = '5 / 21 actors · 6 / 49 relations';
  await expect(app.counts).toHaveText(counts);

  const { download, bytes } = await app.download(() => page.keyboard.press('Control+Shift+S'));
  expect(download.suggestedFilename()).toBe('belarus-china.kgw.json');
  const saved = JSON.parse(bytes.toString('utf8')) as { format: string; version: number; positions: unknown[]; layout: string };
  expect([saved.format, saved.version, saved.positions.length, saved.layout]).toEqual(['kg-explorer-workspace', 1, 21, 'circle']);

  // A fresh window, then the workspace: everything comes back as it was.
  await app.open();
  await app.openFile('belarus-china.kgw.json', bytes);
  await expect(page.getByTestId('notice')).toHaveText('Opened workspace belarus-china.kgw.json.');
  await expect(app.counts).toHaveText(counts);
  await expect(app.details.getByRole('heading', { level: 2 })).toHaveText('Alexander Lukashenko');
  await expect(page.getByRole('button', { name: 'Depth 1' })).toHaveAttribute('aria-pressed', 'true');
  await expect(app.filterGroup('Stance').getByRole('checkbox', { name: 'Neutral' })).not.toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('circle');
});
