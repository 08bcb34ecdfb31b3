import { expect, test, type Page } from '@playwright/test';
import { AppPage } from '../support/AppPage';

const NODES = 'Id,Label,Kind\nby,Belarus,state\ncn,China,state\nal,Alexander Lukashenko,person\n';
const EDGES = 'Source,Target,Relation,When,Weight\nal,cn,visit,2023-02-28,1\ncn,by,strategic_partnership,2022-09,2\nru,by,ally,,1\n';

async function choose(page: Page, button: string, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('imports a node list and an edge list through the column-mapping step', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import CSV' });
  await choose(page, 'Choose node list…', 'actors.csv', NODES);
  await choose(page, 'Choose edge list…', 'ties.csv', EDGES);
  await expect(dialog.getByRole('region', { name: 'Edge list: ties.csv' })).toContainText('3 rows');
  await expect(dialog.getByRole('region', { name: 'Edge list: ties.csv' }).getByRole('cell', { name: 'strategic_partnership' })).toBeVisible();

  // The analyst says which columns hold the type and the date.
  await dialog.getByRole('combobox', { name: 'Node list column for Type' }).selectOption('Kind');
  await dialog.getByRole('combobox', { name: 'Edge list column for Type' }).selectOption('Relation');
  await dialog.getByRole('combobox', { name: /Edge list column for Date/ }).selectOption('When');
  await app.screenshot('csv-mapping');
  await dialog.getByRole('button', { name: 'Import' }).click();

  // "ru" is named only by the edge list: it is created, and the notice says so.
  await expect(app.counts).toHaveText('4 / 4 actors · 3 / 3 relations');
  await expect(page.getByTestId('notice')).toContainText('Opened ties.csv');
  await app.selectActor('China');
  await expect(page.getByTestId('node-details')).toContainText('State');
  await page.getByTestId('node-relations').getByRole('button', { name: /Strategic partnership/ }).click();
  await expect(page.getByTestId('edge-time')).toHaveText('2022-09 (month precision)');
  await expect(page.getByTestId('attributes')).toHaveText('Weight2');

  // The mapping is remembered for files with the same columns.
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await choose(page, 'Choose edge list…', 'ties-again.csv', EDGES);
  await expect(page.getByRole('dialog', { name: 'Import CSV' })).toContainText('Using the mapping you chose last time for these columns.');
  await expect(page.getByRole('combobox', { name: /Edge list column for Date/ })).toHaveValue('When');
});
