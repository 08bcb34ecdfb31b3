import { expect, test } from '../support/fixtures';

test.describe('exploring the article graph', () => {
  test('loads the article graph with every actor and relation', async ({ app, page }) => {
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Person');
    await expect(app.article).toContainText('Belarusian President Alexander Lukashenko will visit China on February 28');
    await expect(app.article).not.toContainText('Leave a Reply');
    await app.screenshot('overview');
  });

  test('each filter changes the visible counts', async ({ app, page }) => {
    await app.toggle('Actor types', 'Person');
    await expect(app.counts).toHaveText('15 / 21 actors · 29 / 49 relations');
    await app.toggle('Actor types', 'Person');
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');

    await app.toggle('Stance', 'Conflictual');
    await expect(app.counts).toHaveText('21 / 21 actors · 44 / 49 relations');
    await app.toggle('Stance', 'Conflictual');

    await app.toggle('Relation types', 'Takes part in');
    await expect(app.counts).toHaveText('21 / 21 actors · 41 / 49 relations');
    await page.getByRole('button', { name: 'Reset filters' }).first().click();
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');

    await page.getByRole('slider', { name: 'Minimum confidence' }).fill('0.9');
    await expect(app.counts).toHaveText('21 / 21 actors · 41 / 49 relations');
    await page.getByRole('slider', { name: 'Minimum confidence' }).fill('0');

    // The week of the state visit: events outside it (Samarkand, the invasion) leave with their ties.
    await page.getByLabel('From date').fill('2023-02-24');
    await page.getByLabel('To date').fill('2023-03-02');
    await expect(app.counts).toHaveText('19 / 21 actors · 39 / 49 relations');
    await page.getByRole('checkbox', { name: 'Keep undated relations when a time range is set' }).uncheck();
    await expect(app.counts).toHaveText('19 / 21 actors · 16 / 49 relations');
  });

  test('a filter that leaves nothing says so and offers a reset', async ({ app, page }) => {
    await app.filterGroup('Actor types').getByRole('button', { name: 'None' }).click();
    await expect(app.counts).toHaveText('0 / 21 actors · 0 / 49 relations');
    const empty = page.getByTestId('empty-result');
    await expect(empty).toHaveText(/No actors match the current filters\./);
    await app.screenshot('empty-filter');
    await empty.getByRole('button', { name: 'Reset filters' }).click();
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
    await expect(empty).toHaveCount(0);
  });

  test('search finds Aleinik and selects him', async ({ app, page }) => {
    await page.keyboard.press('Control+f');
    await expect(app.search).toBeFocused();
    await page.keyboard.type('Aleinik');
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText('Sergei Aleinik');
    // Sergei Aleinik, the Qin–Aleinik phone call, and the four relations whose evidence names him.
    await expect(page.getByTestId('search-status')).toHaveText('1 of 6');
    await expect(page.getByTestId('node-details')).toContainText('Discusses by telephone from Qin Gang');
    await app.screenshot('search-aleinik');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('search-status')).toHaveText('2 of 6');
    await page.keyboard.press('Escape');
    await expect(app.search).toHaveValue('');
  });

  test('the China–Belarus strategic partnership shows its quote, highlighted in the article', async ({ app, page }) => {
    await app.selectActor('China');
    await page.getByTestId('node-relations').getByRole('button', { name: 'Strategic partnership Belarus' }).click();
    const quote = 'Xi and Lukashenko announced an “all-weather” strategic partnership';
    const edge = page.getByTestId('edge-details');
    await expect(edge.getByTestId('evidence-quote')).toHaveText(quote);
    await expect(edge.getByTestId('edge-cameo')).toHaveText('057 Sign formal agreement');
    await expect(edge.getByTestId('edge-stance')).toHaveText('cooperative');
    await expect(edge.getByTestId('edge-time')).toHaveText('2022-09 (month precision) — “In September last year”');
    const mark = app.article.locator('mark.evidence-primary');
    await expect(mark).toHaveText(quote);
    await expect(mark).toBeInViewport();
    await app.screenshot('relation-evidence');
  });

  test('focus depth 1 on Lukashenko shows exactly his neighbours', async ({ app, page }) => {
    await app.selectActor('Alexander Lukashenko');
    await page.getByRole('button', { name: 'Depth 1' }).click();
    await expect(app.counts).toHaveText('8 / 21 actors · 22 / 49 relations');
    await expect(page.getByTestId('node-neighbours').getByRole('button')).toHaveText([
      'Belarus',
      'China',
      'Lukashenko’s state visit to China',
      'Russia',
      'Vladimir Putin',
      'Xi Jinping',
      'Xi–Lukashenko meeting in Samarkand',
    ]);
    await app.screenshot('focus-lukashenko');
    await page.keyboard.press('2');
    await expect(app.counts).not.toHaveText('8 / 21 actors · 22 / 49 relations');
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
  });
});
