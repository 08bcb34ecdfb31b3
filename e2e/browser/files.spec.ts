import { writeFileSync } from 'node:fs';
import { expect, test } from '../support/fixtures';
import { parseGraphText } from '../../core/io/nativeFormat';
import { FORMATS } from '../../core/formats/registry';
import { generateGraph } from '../../bench/generate';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test.describe('opening and exporting files', () => {
  test('exports the view as a valid PNG of non-trivial size', async ({ app, page }) => {
    const { download, bytes } = await app.download(() => page.getByRole('button', { name: 'Export PNG' }).click());
    expect(download.suggestedFilename()).toBe('belarus-china.png');
    expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const { width, height } = pngSize(bytes);
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(300);
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  test('exports the graph as JSON with positions, and opens it again', async ({ app, page }) => {
    const { download, bytes } = await app.download(() => page.keyboard.press('Control+s'));
    expect(download.suggestedFilename()).toBe('belarus-china.kg.json');
    const parsed = parseGraphText(bytes.toString('utf8'));
    if (!parsed.ok) throw new Error(parsed.error.join('\n'));
    expect(parsed.value.nodes).toHaveLength(21);
    expect(parsed.value.edges).toHaveLength(49);
    expect(parsed.value.nodes.every((n) => n.position !== null)).toBe(true);
    expect(parsed.value.sources[0]?.text).toContain('all-weather');

    await app.toggle('Stance', 'Conflictual');
    await expect(app.counts).toHaveText('21 / 21 actors · 44 / 49 relations');
    await app.openFile('exported.kg.json', bytes);
    await expect(page.getByTestId('notice')).toHaveText('Opened exported.kg.json.');
    // A newly opened graph starts with no filters.
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
    await expect(page.getByRole('banner')).toContainText('exported.kg.json');
  });

  test('a malformed file shows the error and keeps the open graph', async ({ app }) => {
    await app.selectActor('Sergei Aleinik');
    await app.openFile('broken.json', '{\n  "format": "kg-explorer-graph",\n  "version": 2,\n  "nodes": [\n');
    await expect(app.problems).toContainText('broken.json could not be opened. The graph that was open is unchanged.');
    await expect(app.problems).toContainText('Not valid JSON at line 5, column 1');
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText('Sergei Aleinik');
    await app.screenshot('open-error');
  });

  test('a file with a dangling relation shows the import report; the open graph stays until accepted', async ({ app, page }) => {
    const bad = {
      format: 'kg-explorer-graph',
      version: 2,
      meta: { title: 'Bad' },
      nodes: [{ id: 'a', label: 'A', type: 'state' }],
      edges: [{ id: 'e1', source: 'a', target: 'nowhere', type: 'ally', stance: 'cooperative', confidence: 1 }],
    };
    await app.openFile('dangling.json', JSON.stringify(bad));
    const report = page.getByRole('dialog', { name: 'Import report: dangling.json' });
    await expect(report.getByTestId('import-report')).toHaveText('Warning edges[0].target: no node has id "nowhere" — left out');
    await expect(report).toContainText('1 actors and 0 relations can be opened. 1 warning, 0 notes.');
    await app.screenshot('import-report');
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
    await report.getByRole('button', { name: 'Cancel' }).click();
    await expect(report).toHaveCount(0);
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');

    await app.openFile('dangling.json', JSON.stringify(bad));
    await page.getByRole('button', { name: 'Open anyway' }).click();
    await expect(app.counts).toHaveText('1 / 1 actors · 0 / 0 relations');
  });

  test('a file that is not UTF-8 is refused with the byte offset', async ({ app }) => {
    await app.openFile('latin1.json', Buffer.from([0x7b, 0x22, 0x61, 0xe9, 0x22, 0x7d]));
    await expect(app.problems).toContainText('The file is not valid UTF-8 text (first bad byte at offset 3).');
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
  });

  test('a GEXF file of megabytes shows how far its reading has come in the status bar, then opens', async ({ app, page }) => {
    const graph = generateGraph({ edges: 3000, seed: 5 });
    const gexf = FORMATS.gexf.write(graph, {})[0]!.text;
    expect(gexf.length).toBeGreaterThan(2_000_000);
    // Every text the status bar shows while the file is read, as the page paints it.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { statusTexts: string[] }).statusTexts = seen;
      new MutationObserver(() => {
        const task = document.querySelector('[data-testid="task-progress"] label')?.textContent;
        if (task && seen.at(-1) !== task) seen.push(task);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await app.openFile('big.gexf', gexf);
    // GEXF has no place for the source texts the quotes point into: the report says so first.
    const report = page.getByRole('dialog', { name: 'Import report: big.gexf' });
    await expect(report).toContainText(`${graph.nodes.length} actors and 3000 relations can be opened. 1 warning, 0 notes.`, { timeout: 60_000 });
    await report.getByRole('button', { name: 'Open anyway' }).click();
    await expect(app.counts).toHaveText(`${graph.nodes.length} / ${graph.nodes.length} actors · 3000 / 3000 relations`, { timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
    const percents = seen.flatMap((text) => /^Reading big\.gexf… (\d+)%$/.exec(text)?.[1] ?? []).map(Number);
    // The file is parsed in 1 MB chunks (85% of the read): the first two of its three show on the way.
    expect(percents.filter((p) => p > 0 && p < 85).length).toBeGreaterThanOrEqual(2);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(90);
    await expect(page.getByTestId('task-progress')).toHaveCount(0);

    // Writing it back shows its progress too, and the file written holds every relation.
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'GEXF 1.3 (.gexf)' }).check();
    await expect(dialog.getByTestId('export-losses')).not.toContainText('Checking…');
    const { bytes } = await app.download(() => dialog.getByRole('button', { name: 'Export…' }).click());
    expect(bytes.toString('utf8').match(/<edge /g)).toHaveLength(3000);
    const written = (await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts))
      .flatMap((text) => /^Writing GEXF 1\.3 \(\.gexf\)… (\d+)%$/.exec(text)?.[1] ?? [])
      .map(Number);
    // 3,600 elements, reported every 2,000: the start, the 2,000th, then the loss check.
    expect(written).toEqual([0, 47, 92]);
  });

  test('reading a big file can be cancelled: the open graph stays and the next file opens', async ({ app, page }, testInfo) => {
    // About 60 MB: the edges of a 3,000-relation graph twenty times over, so the read lasts seconds
    // (repeated ids would only be renamed). Passed as a file: Playwright refuses buffers over 50 MB.
    const gexf = FORMATS.gexf.write(generateGraph({ edges: 3000, seed: 6 }), {})[0]!.text;
    const [head, rest] = [gexf.slice(0, gexf.indexOf('<edges>') + 7), gexf.slice(gexf.indexOf('<edges>') + 7)];
    const [edges, tail] = [rest.slice(0, rest.indexOf('</edges>')), rest.slice(rest.indexOf('</edges>'))];
    const file = testInfo.outputPath('huge.gexf');
    writeFileSync(file, head + edges.repeat(20) + tail);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
    await chooser.setFiles(file);
    const reading = page.getByTestId('task-progress');
    await expect(reading).toContainText('Reading huge.gexf…');
    await expect(reading.getByRole('progressbar', { name: 'Reading huge.gexf' })).toBeVisible();
    await reading.getByRole('button', { name: 'Cancel reading' }).click();
    await expect(page.getByTestId('notice')).toHaveText('Stopped reading huge.gexf. The graph that was open is unchanged.');
    await expect(reading).toHaveCount(0);
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
    // A fresh worker reads the next file.
    const small = generateGraph({ edges: 40, seed: 6 });
    await app.openFile('small.kg.json', JSON.stringify(small));
    await expect(app.counts).toHaveText(`${small.nodes.length} / ${small.nodes.length} actors · 40 / 40 relations`);
  });
});
