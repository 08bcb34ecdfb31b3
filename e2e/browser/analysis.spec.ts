import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import type { AppPage } from '../support/AppPage';

async function exportSvg(app: AppPage, page: Page): Promise<string> {
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'SVG image of the view (vector)' }).check();
  const { bytes } = await app.download(() => dialog.getByRole('button', { name: 'Export…' }).click());
  return bytes.toString('utf8');
}

const edgePaths = (svg: string) => svg.match(/<path d="M[-\d.]+,[-\d.]+ Q/g)?.length ?? 0;
const labels = (svg: string) => svg.match(/<text /g)?.length ?? 0;

test.describe('analysis', () => {
  test('paths from China to Ukraine, with the chain of evidence, respecting the filters', async ({ app, page }) => {
    await page.getByRole('tab', { name: 'Paths' }).click();
    const panel = page.getByRole('region', { name: 'Paths' });
    await panel.getByRole('combobox', { name: 'From' }).selectOption({ label: 'China' });
    await panel.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Ukraine' });
    await panel.getByRole('spinbutton', { name: 'Longest path (steps)' }).fill('2');
    await expect(panel.getByTestId('path-summary')).toHaveText('Shortest: 2 steps. 2 simple paths of at most 2 steps.');
    await panel.getByRole('button', { name: 'China → Belarus → Ukraine' }).click();
    const evidence = panel.getByTestId('path-evidence');
    await expect(evidence.locator('blockquote')).toHaveText([
      'Xi and Lukashenko announced an “all-weather” strategic partnership',
      'Belarus, which shares a border with Ukraine and Russia',
    ]);
    await app.screenshot('path-china-ukraine');

    await panel.getByRole('spinbutton', { name: 'Longest path (steps)' }).fill('4');
    await expect(panel.getByTestId('path-summary')).toHaveText('Shortest: 2 steps. 25 simple paths of at most 4 steps.');
    // Without borders, the step from Belarus to Ukraine is carried by Kyiv's concern instead.
    await app.toggle('Relation types', 'Shares a border with');
    await panel.getByRole('button', { name: 'China → Belarus → Ukraine' }).click();
    await expect(evidence.locator('blockquote').nth(1)).toHaveText('Kyiv has expressed concerns that Belarus could again support Moscow in its war effort');
    await expect(evidence.getByRole('button').nth(1)).toHaveText('Belarus — Expresses concern (reverse) → Ukraine');
  });

  test('metrics table: sortable, in sync with the selection', async ({ app, page }) => {
    await page.getByRole('tab', { name: 'Metrics' }).click();
    const panel = page.getByRole('region', { name: 'Metrics' });
    await expect(panel.getByTestId('metrics-summary')).toHaveText('21 actors · 4 communities · modularity 0.415 · undirected, as NetworkX\'s Graph');
    const firstRow = panel.getByTestId('metrics-table').locator('tbody tr').first();
    await expect(firstRow.locator('th')).toHaveText('Belarus');
    await expect(firstRow.locator('td').nth(5)).toHaveText('0.0846');
    await panel.getByRole('button', { name: 'Betweenness' }).click();
    await expect(firstRow.locator('th')).toHaveText('Alexander Lukashenko');
    await firstRow.getByRole('button', { name: 'Alexander Lukashenko' }).click();
    await expect(firstRow).toHaveAttribute('aria-selected', 'true');
    await panel.getByRole('combobox', { name: 'Node size by' }).selectOption('pagerank');
    await panel.getByRole('combobox', { name: 'Node colour by' }).selectOption('community');
    await app.screenshot('metrics');
  });

  test('relations between the same pair collapse into one dyad edge per pair', async ({ app, page }) => {
    expect(edgePaths(await exportSvg(app, page))).toBe(49);
    await page.getByRole('checkbox', { name: /Collapse relations between the same two actors/ }).check();
    expect(edgePaths(await exportSvg(app, page))).toBe(39);
    await page.keyboard.press('Control+z');
    expect(edgePaths(await exportSvg(app, page))).toBe(49);
  });

  test('actors group by type into compound nodes that collapse and expand', async ({ app, page }) => {
    await page.getByRole('combobox', { name: 'Group actors by' }).selectOption('type');
    const groups = page.getByRole('list', { name: 'Groups' });
    await expect(groups.getByRole('button')).toHaveCount(7);
    await groups.getByRole('button', { name: 'Collapse Person' }).click();
    // Six people fold into one node: 15 actors and the group remain on the canvas.
    expect(labels(await exportSvg(app, page))).toBe(16);
    await groups.getByRole('button', { name: 'Expand Person' }).click();
    expect(labels(await exportSvg(app, page))).toBe(21);
  });

  test('undo and redo filters, hiding, and edits', async ({ app, page }) => {
    await app.toggle('Stance', 'Conflictual');
    await expect(app.counts).toHaveText('21 / 21 actors · 44 / 49 relations');
    await page.keyboard.press('Control+z');
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
    await page.keyboard.press('Control+Shift+Z');
    await expect(app.counts).toHaveText('21 / 21 actors · 44 / 49 relations');
    await page.keyboard.press('Control+z');

    await app.selectActor('Sergei Aleinik');
    await app.search.blur();
    await page.keyboard.press('h');
    await expect(app.counts).toHaveText('20 / 21 actors · 46 / 49 relations');
    await page.keyboard.press('Control+z');
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
  });

  test('add an actor and a relation with its evidence, delete, undo', async ({ app, page }) => {
    await page.getByRole('button', { name: 'Add actor' }).click();
    const actor = page.getByRole('dialog', { name: 'Add actor' });
    await actor.getByRole('textbox', { name: 'Label' }).fill('Belarusian foreign ministry');
    await actor.getByRole('combobox', { name: 'Type' }).selectOption('organisation');
    await actor.getByRole('button', { name: 'Save' }).click();
    await expect(app.counts).toHaveText('22 / 22 actors · 49 / 49 relations');
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText('Belarusian foreign ministry');

    await page.getByRole('button', { name: 'Add relation' }).click();
    const relation = page.getByRole('dialog', { name: 'Add relation' });
    await relation.getByRole('combobox', { name: 'From' }).selectOption({ label: 'Sergei Aleinik' });
    await relation.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Belarusian foreign ministry' });
    await relation.getByRole('combobox', { name: 'Relation type' }).selectOption('member_of');
    await relation.getByRole('textbox', { name: /Evidence quote/ }).fill('not in the article');
    await relation.getByRole('button', { name: 'Save' }).click();
    await expect(relation.getByRole('alert')).toContainText('The quote is not found in');
    await relation.getByRole('textbox', { name: /Evidence quote/ }).fill('his Belarusian counterpart Sergei Aleinik');
    await relation.getByRole('button', { name: 'Save' }).click();
    await expect(app.counts).toHaveText('22 / 22 actors · 50 / 50 relations');
    await expect(page.getByTestId('evidence-quote')).toHaveText('his Belarusian counterpart Sergei Aleinik');
    await expect(app.article.locator('mark.evidence-primary')).toHaveText('his Belarusian counterpart Sergei Aleinik');

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(app.counts).toHaveText('22 / 22 actors · 49 / 49 relations');
    await page.keyboard.press('Control+z');
    await expect(app.counts).toHaveText('22 / 22 actors · 50 / 50 relations');
  });
});
