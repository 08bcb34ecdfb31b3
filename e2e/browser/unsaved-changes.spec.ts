import { expect, test } from '../support/fixtures';

/**
 * Unsaved edits in the browser host: the title's "• " marker follows the graph's data (not the
 * view), Ctrl+S (native JSON) saves them, undo back to the saved graph is clean, opening another file
 * over edits asks first, and leaving the page while edited triggers the browser's beforeunload prompt.
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

test('opening another file over edits asks first: Cancel keeps the edits, OK opens the file', async ({ app, page }) => {
  await app.selectActor('Sergei Aleinik');
  await app.search.blur();
  page.once('dialog', (d) => void d.accept());
  await page.keyboard.press('Delete');
  await expect(app.counts).toHaveText('20 / 20 actors · 46 / 46 relations');
  await expect(page).toHaveTitle(EDITED);

  const other = JSON.stringify({
    format: 'kg-explorer-graph',
    version: 2,
    meta: { title: 'Two' },
    nodes: [
      { id: 'a', label: 'A', type: 'state' },
      { id: 'b', label: 'B', type: 'state' },
    ],
    edges: [],
  });
  const prompts: string[] = [];
  page.once('dialog', (d) => {
    prompts.push(d.message());
    void d.dismiss();
  });
  await app.openFile('two.kg.json', other);
  await expect.poll(() => prompts).toEqual([expect.stringMatching(/^belarus-china\.kg\.json has unsaved changes\. Open the other file and lose them\?/)]);
  await expect(app.counts).toHaveText('20 / 20 actors · 46 / 46 relations');
  await expect(page).toHaveTitle(EDITED);

  page.once('dialog', (d) => void d.accept());
  await app.openFile('two.kg.json', other);
  await expect(app.counts).toHaveText('2 / 2 actors · 0 / 0 relations');
  await expect(page).toHaveTitle('two.kg.json — KG Explorer');
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
