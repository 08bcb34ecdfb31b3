import type { Locator, Page } from '@playwright/test';
import type { AppPage } from '../support/AppPage';
import { expect, test } from '../support/fixtures';

/**
 * Unsaved edits in the browser host: the title's "• " marker follows the graph's data (not the
 * view), Ctrl+S (native JSON) saves them, undo back to the saved graph is clean, opening another file
 * over edits asks Save / Don't Save / Cancel in the page's own dialog, and leaving the page while
 * edited triggers the browser's beforeunload prompt.
 */
const CLEAN = 'belarus-china.kg.json — KG Explorer';
const EDITED = `• ${CLEAN}`;

test('an edit marks the title, saving clears it; view changes and undo to the saved point are clean', async ({ app, page }) => {
  await expect(page).toHaveTitle(CLEAN);

  // A view change is not an edit.
  await page.getByRole('button', { name: 'Fit' }).first().click();
  await app.toggle('Stance', 'conflictual');
  await expect(page).toHaveTitle(CLEAN);
  await app.toggle('Stance', 'conflictual');

  await app.selectActor('Sergei Aleinik');
  await app.search.blur();
  await page.keyboard.press('F2');
  const editor = page.getByRole('dialog', { name: 'Edit actor: Sergei Aleinik' });
  await editor.getByRole('textbox', { name: 'Label' }).fill('Sergei Aleinik (Foreign Minister)');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(app.details.getByRole('heading', { level: 2 })).toHaveText('Sergei Aleinik (Foreign Minister)');
  await expect(page).toHaveTitle(EDITED);

  // Undo back to the opened graph: clean; redo: edited again.
  await page.keyboard.press('Control+z');
  await expect(page).toHaveTitle(CLEAN);
  await page.keyboard.press('Control+Shift+z');
  await expect(page).toHaveTitle(EDITED);

  const { download, bytes } = await app.download(() => page.keyboard.press('Control+s'));
  expect(download.suggestedFilename()).toBe('belarus-china.kg.json');
  const saved = JSON.parse(bytes.toString('utf8')) as { nodes: { label: string }[] };
  expect(saved.nodes.filter((n) => n.label === 'Sergei Aleinik (Foreign Minister)')).toHaveLength(1);
  await expect(page).toHaveTitle(CLEAN);

  // Undo past the saved point is an unsaved change again.
  await page.keyboard.press('Control+z');
  await expect(page).toHaveTitle(EDITED);
});

const OTHER = JSON.stringify({
  format: 'kg-explorer-graph',
  version: 2,
  meta: { title: 'Two' },
  nodes: [
    { id: 'a', label: 'A', type: 'state' },
    { id: 'b', label: 'B', type: 'state' },
  ],
  edges: [],
});
const EDITED_COUNTS = '20 / 20 actors · 46 / 46 relations';
const OTHER_COUNTS = '2 / 2 actors · 0 / 0 relations';
const OTHER_TITLE = 'two.kg.json — KG Explorer';
const QUESTION = 'Do you want to save the changes you made to belarus-china.kg.json?';
const CONSEQUENCE = 'Your changes will be lost if you open another file without saving them.';

/** Deletes an actor (an unsaved edit), asks to open two.kg.json, and returns the question shown. */
async function editThenOpenOther(app: AppPage, page: Page): Promise<Locator> {
  await app.selectActor('Sergei Aleinik');
  await app.search.blur();
  page.once('dialog', (d) => void d.accept());
  await page.keyboard.press('Delete');
  await expect(app.counts).toHaveText(EDITED_COUNTS);
  await expect(page).toHaveTitle(EDITED);

  await app.openFile('two.kg.json', OTHER);
  const question = page.getByRole('alertdialog', { name: QUESTION });
  await expect(question).toBeVisible();
  await expect(question).toHaveAccessibleDescription(CONSEQUENCE);
  await expect(question.getByRole('button')).toHaveText(['Save', "Don't Save", 'Cancel']);
  // Save is the default: focused, so Enter takes it.
  await expect(question.getByRole('button', { name: 'Save', exact: true })).toBeFocused();
  return question;
}

/** Counts the downloads the page starts from now on. */
function countDownloads(page: Page): { readonly count: () => number } {
  let count = 0;
  page.on('download', () => (count += 1));
  return { count: () => count };
}

test('opening another file over edits: Save downloads the edited graph, then the other file opens', async ({ app, page }) => {
  const question = await editThenOpenOther(app, page);

  const { download, bytes } = await app.download(() => page.keyboard.press('Enter'));
  expect(download.suggestedFilename()).toBe('belarus-china.kg.json');
  const saved = JSON.parse(bytes.toString('utf8')) as { nodes: { label: string }[]; edges: unknown[] };
  expect(saved.nodes).toHaveLength(20);
  expect(saved.edges).toHaveLength(46);
  expect(saved.nodes.filter((n) => n.label === 'Sergei Aleinik')).toEqual([]);

  await expect(app.counts).toHaveText(OTHER_COUNTS);
  await expect(page).toHaveTitle(OTHER_TITLE);
  await expect(question).toHaveCount(0);
  await expect(page.locator('dialog')).toHaveCount(0);
});

test("opening another file over edits: Don't Save opens it without saving and the edits are gone", async ({ app, page }) => {
  const downloads = countDownloads(page);
  const question = await editThenOpenOther(app, page);

  await question.getByRole('button', { name: "Don't Save" }).click();
  await expect(app.counts).toHaveText(OTHER_COUNTS);
  await expect(page).toHaveTitle(OTHER_TITLE);
  await expect(page.locator('dialog')).toHaveCount(0);
  // Undo cannot bring the deleted actor back: the edited graph is gone with its history.
  await page.keyboard.press('Control+z');
  await expect(app.counts).toHaveText(OTHER_COUNTS);
  await expect(page).toHaveTitle(OTHER_TITLE);
  expect(downloads.count()).toBe(0);
});

test('opening another file over edits: Cancel or Escape opens nothing and keeps the edits', async ({ app, page }) => {
  const downloads = countDownloads(page);
  const question = await editThenOpenOther(app, page);

  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('dialog')).toHaveCount(0);
  await expect(app.counts).toHaveText(EDITED_COUNTS);
  await expect(page).toHaveTitle(EDITED);

  // Escape answers Cancel; shortcuts pressed while the question is up do not reach the graph behind.
  await app.openFile('two.kg.json', OTHER);
  await expect(question).toBeVisible();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog')).toHaveCount(0);
  await expect(app.counts).toHaveText(EDITED_COUNTS);
  await expect(page).toHaveTitle(EDITED);
  expect(downloads.count()).toBe(0);

  // The edit is still the one to undo.
  await page.keyboard.press('Control+z');
  await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
  await expect(page).toHaveTitle(CLEAN);
});

test('leaving the page with unsaved edits triggers beforeunload; without edits it does not', async ({ app, page }) => {
  await app.selectActor('Sergei Aleinik');
  await app.search.blur();
  page.once('dialog', (d) => void d.accept());
  await page.keyboard.press('Delete');
  await expect(page).toHaveTitle(EDITED);

  const dialogs: string[] = [];
  page.once('dialog', (d) => {
    dialogs.push(d.type());
    void d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);

  await page.keyboard.press('Control+z');
  await expect(page).toHaveTitle(CLEAN);
  page.once('dialog', (d) => {
    dialogs.push(d.type());
    void d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(dialogs).toEqual(['beforeunload']);
});
