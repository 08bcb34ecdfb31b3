import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

/**
 * Findings waiting on a fix in a file of the lead's (see the a11y report): the article panel scrolls
 * but is not focusable, so keyboard users of browsers without focusable scrollers cannot scroll it.
 * Fix: tabIndex={0} on <section className="article-panel"> in ArticlePanel.tsx; then delete this entry.
 */
const AWAITING_FIX: ReadonlyArray<{ readonly rule: string; readonly target: string }> = [];

/** An axe-core audit of what the page shows now: no serious or critical violation, in full if any. */
async function audit(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .filter((n) => !AWAITING_FIX.some((a) => a.rule === v.id && n.target.join(' ') === a.target))
        .map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    }))
    .filter((v) => v.nodes.length > 0);
  expect(blocking, `axe: serious or critical violations in "${view}"`).toEqual([]);
}

const DANGLING = {
  format: 'kg-explorer-graph',
  version: 2,
  meta: { title: 'Bad' },
  nodes: [{ id: 'a', label: 'A', type: 'state' }],
  edges: [{ id: 'e1', source: 'a', target: 'nowhere', type: 'ally', stance: 'cooperative', confidence: 1 }],
};

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

const PARTNERSHIP_QUOTE = 'Xi and Lukashenko announced an “all-weather” strategic partnership';

test.describe('accessibility (axe-core)', () => {
  // An audit takes seconds on this software-rendered machine; a test runs up to three.
  test.describe.configure({ timeout: 120_000 });

  test('initial load, and the lists of actors and relations', async ({ app: _opened, page }) => {
    await audit(page, 'initial load');
    await page.getByRole('tab', { name: 'Lists' }).click();
    await expect(page.getByTestId('list-actors-heading')).toHaveText('Actors (21 of 21)');
    await audit(page, 'lists');
  });

  test('an actor selected', async ({ app, page }) => {
    await app.selectActor('China');
    await audit(page, 'actor selected');
  });

  test('a relation selected, its evidence highlighted in the article', async ({ app, page }) => {
    await app.selectActor('China');
    await page.getByTestId('node-relations').getByRole('button', { name: 'Strategic partnership Belarus' }).click();
    await expect(app.article.locator('mark.evidence-primary')).toHaveText(PARTNERSHIP_QUOTE);
    await audit(page, 'relation selected');
    await page.getByRole('tab', { name: 'Lists' }).click();
    await expect(page.getByTestId('list-relations').getByRole('option', { selected: true })).toHaveAccessibleName(
      'China — Strategic partnership ↔ Belarus, cooperative, 2022-09',
    );
    await audit(page, 'relation selected, lists');
  });

  test('the export dialog', async ({ app: _opened, page }) => {
    await page.keyboard.press('Control+e');
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit(page, 'export dialog');
  });

  test('the import report of a file with a dangling relation', async ({ app, page }) => {
    await app.openFile('dangling.json', JSON.stringify(DANGLING));
    await expect(page.getByRole('dialog', { name: 'Import report: dangling.json' })).toBeVisible();
    await audit(page, 'import report');
  });

  test('the CSV import dialog', async ({ app: _opened, page }) => {
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import CSV' });
    await expect(dialog).toBeVisible();
    await audit(page, 'CSV import, empty');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose edge list…' }).click()]);
    await chooser.setFiles({ name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from('Source,Target,Relation\nal,cn,visit\n') });
    await expect(dialog.getByRole('region', { name: 'Edge list: ties.csv' })).toContainText('1 rows');
    await audit(page, 'CSV import, mapping');
  });

  test('the keyboard shortcuts dialog', async ({ app: _opened, page }) => {
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('F6 / Shift+F6');
    await audit(page, 'shortcuts dialog');
  });

  test('the save-changes question before opening over edits, light and dark', async ({ app, page }) => {
    await app.selectActor('Sergei Aleinik');
    await app.search.blur();
    page.once('dialog', (d) => void d.accept());
    await page.keyboard.press('Delete');
    await expect(app.counts).toHaveText('20 / 20 actors · 46 / 46 relations');
    await app.openFile('dangling.json', JSON.stringify(DANGLING));
    const question = page.getByRole('alertdialog', { name: 'Do you want to save the changes you made to belarus-china.kg.json?' });
    await expect(question).toBeVisible();
    await audit(page, 'save-changes question');
    // The picker sits behind the modal question; System mode follows the OS into the dark theme.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await question.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(28, 29, 33)');
    await audit(page, 'dark, save-changes question');
  });

  test('dark theme, chosen in the picker and remembered', async ({ app, page }) => {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background(page)).toBe('rgb(18, 19, 22)');
    expect(await page.getByTestId('graph-canvas').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(23, 24, 27)');
    await audit(page, 'dark, initial');
    await page.getByRole('tab', { name: 'Lists' }).click();
    await audit(page, 'dark, lists');

    // Remembered on this machine: a reload opens dark.
    await page.reload();
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
    expect(await background(page)).toBe('rgb(18, 19, 22)');
  });

  test('dark theme: a relation and an actor selected, their evidence highlighted', async ({ app, page }) => {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await app.selectActor('China');
    await page.getByTestId('node-relations').getByRole('button', { name: 'Strategic partnership Belarus' }).click();
    await expect(app.article.locator('mark.evidence-primary')).toHaveText(PARTNERSHIP_QUOTE);
    await audit(page, 'dark, relation selected');
    await app.selectActor('Alexander Lukashenko');
    await expect(app.article.locator('mark.evidence-related').first()).toBeVisible();
    await audit(page, 'dark, actor selected');
  });

  test('dark theme: the export dialog', async ({ app: _opened, page }) => {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await page.keyboard.press('Control+e');
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit(page, 'dark, export dialog');
  });

  test('System follows the OS: dark when the OS is dark, light when it is light', async ({ app: _opened, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await background(page)).toBe('rgb(18, 19, 22)');
    await audit(page, 'system dark');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    expect(await background(page)).toBe('rgb(247, 247, 248)');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
    expect(await background(page)).toBe('rgb(247, 247, 248)');
  });
});
