import { expect, test } from '../support/fixtures';
import { XMLValidator } from 'fast-xml-parser';

const PARTNERSHIP_QUOTE = 'Xi and Lukashenko announced an “all-weather” strategic partnership';

/** Each format through the UI: export the article graph, open the file again, compare what the user sees. */
const ROUND_TRIPS = [
  { format: 'GraphML (.graphml)', file: 'belarus-china.graphml', articleKept: true },
  { format: 'GEXF 1.3 (.gexf)', file: 'belarus-china.gexf', articleKept: false },
  { format: 'Cytoscape.js JSON (.cyjs)', file: 'belarus-china.cyjs', articleKept: true },
  { format: 'JSON Graph Format v2 (.jgf.json)', file: 'belarus-china.jgf.json', articleKept: true },
  { format: 'KG Explorer graph (.kg.json)', file: 'belarus-china.kg.json', articleKept: true },
] as const;

test.describe('export in every format and open again', () => {
  for (const { format, file, articleKept } of ROUND_TRIPS) {
    test(`${format}`, async ({ app, page }) => {
      await page.keyboard.press('Control+e');
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.getByRole('radio', { name: format }).check();
      await expect(dialog.getByTestId('export-losses')).not.toContainText('Checking…');
      const { download, bytes } = await app.download(() => dialog.getByRole('button', { name: 'Export…' }).click());
      expect(download.suggestedFilename()).toBe(file);

      await app.openFile(`reopened-${file}`, bytes);
      const report = page.getByRole('dialog', { name: /Import report/ });
      if (!articleKept) {
        // GEXF has no place for the article: the report says the quotes are kept without their text.
        await expect(report).toContainText('Evidence cites sources the file does not include');
        await report.getByRole('button', { name: 'Open anyway' }).click();
      }
      await expect(page.getByTestId('notice')).toContainText(`Opened reopened-${file}`);
      await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');

      await app.selectActor('China');
      await page.getByTestId('node-relations').getByRole('button', { name: 'Strategic partnership Belarus' }).click();
      await expect(page.getByTestId('evidence-quote')).toHaveText(PARTNERSHIP_QUOTE);
      await expect(page.getByTestId('edge-cameo')).toHaveText('057 Sign formal agreement');
      await expect(page.getByTestId('edge-time')).toHaveText('2022-09 (month precision) — “In September last year”');
      if (articleKept) await expect(app.article.locator('mark.evidence-primary')).toHaveText(PARTNERSHIP_QUOTE);
    });
  }

  test('SVG: a vector image with every visible actor, text escaped', async ({ app, page }) => {
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'SVG image of the view (vector)' }).check();
    await expect(dialog.getByTestId('export-losses')).toContainText('An image holds the view only');
    const { download, bytes } = await app.download(() => dialog.getByRole('button', { name: 'Export…' }).click());
    expect(download.suggestedFilename()).toBe('belarus-china.svg');
    const svg = bytes.toString('utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg.match(/<text /g)).toHaveLength(21);
    expect(svg).toContain('>China’s 12-point position paper</text>');
  });

  test('PNG at 1× with a transparent background', async ({ app, page }) => {
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'PNG image of the view' }).check();
    await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('1');
    await dialog.getByRole('checkbox', { name: 'Transparent background' }).check();
    const { bytes: small } = await app.download(() => dialog.getByRole('button', { name: 'Export…' }).click());
    // Colour type 6 = RGBA: the PNG carries an alpha channel.
    expect(small[25]).toBe(6);
    const { bytes: large } = await app.download(() => page.getByRole('button', { name: 'Export PNG' }).click());
    expect(large.readUInt32BE(16)).toBeGreaterThan(small.readUInt32BE(16) * 1.8);
  });

  test('dropping a file on the window opens it', async ({ app, page }) => {
    const graph = JSON.stringify({
      format: 'kg-explorer-graph',
      version: 2,
      meta: { title: 'Dropped' },
      nodes: [
        { id: 'a', label: 'Alpha', type: 'state' },
        { id: 'b', label: 'Beta', type: 'state' },
      ],
      edges: [{ id: 'ab', source: 'a', target: 'b', type: 'ally', stance: 'cooperative', confidence: 1 }],
    });
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.kg.json', { type: 'application/json' }));
      return dt;
    }, graph);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(app.counts).toHaveText('2 / 2 actors · 1 / 1 relations');
    await expect(page.getByRole('banner')).toContainText('dropped.kg.json');
  });
});
