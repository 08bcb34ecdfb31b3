import AxeBuilder from '@axe-core/playwright';
import { generateGraph } from '../../bench/generate';
import type { GraphFile } from '../../core/model/schema';
import { expect, test } from '../support/fixtures';

/**
 * Issue 5's scale, through the UI. Behaviour only: speed is measured by `npm run bench`, never
 * asserted here. The big graph uses a small window: drawing 100,000 relations in software
 * rendering costs in proportion to the pixels, and the assertions do not depend on them.
 */
test.describe('scale', () => {
  test.use({ viewport: { width: 900, height: 600 } });

  test('10,000 actors and 100,000 relations open undrawn, filter, search, draw a focus, draw all (layout cancellable) and export', async ({ app, page }) => {
    test.setTimeout(420_000);
    const graph = generateGraph({ edges: 100_000, edgesPerNode: 10, seed: 7 });
    const all = `10000 / 10000 actors · 100000 / 100000 relations`;
    const notConflictual = graph.edges.filter((e) => e.stance !== 'conflictual').length;
    expect(notConflictual).toBeLessThan(100_000);
    const en = (n: number) => n.toLocaleString('en-US');

    await app.openFile('big.kg.json', JSON.stringify(graph));
    await expect(app.counts).toHaveText(all, { timeout: 240_000 });

    // More than the canvas draws on its own: nothing is drawn and no layout runs until asked.
    const waiting = page.getByTestId('canvas-waiting');
    await expect(waiting.getByRole('heading')).toHaveText('10,000 actors and 100,000 relations are visible: not drawn yet');
    await expect(waiting.getByRole('button', { name: 'Draw all 100,000 relations (D)' })).toBeVisible();
    await expect(page.getByTestId('layout-progress')).toHaveCount(0);
    await app.screenshot('big-graph-waiting');
    const axe = await new AxeBuilder({ page }).include('[data-testid=canvas-waiting]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    await app.toggle('Stance', 'Conflictual');
    await expect(app.counts).toHaveText(`10000 / 10000 actors · ${notConflictual} / 100000 relations`, { timeout: 60_000 });
    await expect(waiting.getByRole('heading')).toHaveText(`10,000 actors and ${en(notConflictual)} relations are visible: not drawn yet`);
    await app.toggle('Stance', 'Conflictual');
    await expect(app.counts).toHaveText(all, { timeout: 60_000 });

    const target = graph.nodes[4321]!;
    await app.searchFor(target.label);
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(target.label, { timeout: 60_000 });
    // The generated source is megabytes long: the Article panel shows the passage around the first quote.
    const firstQuote = graph.edges
      .filter((e) => e.source === target.id || e.target === target.id)
      .map((e) => e.evidence[0]!)
      .sort((a, b) => a.start - b.start)[0]!;
    await expect(page.getByTestId('article-passage')).toContainText(`of ${graph.sources[0]!.text.length.toLocaleString('en')}, around the selection's first quote`);
    await expect(app.article.locator('mark').first()).toHaveText(firstQuote.quote);

    // Focus on the actor: its neighbourhood is small enough, and the canvas draws exactly it.
    const near = new Set([target.id]);
    for (const e of graph.edges) {
      if (e.source === target.id) near.add(e.target);
      if (e.target === target.id) near.add(e.source);
    }
    const nearRelations = graph.edges.filter((e) => near.has(e.source) && near.has(e.target)).length;
    await app.details.getByRole('button', { name: 'Depth 1' }).click();
    await expect(app.counts).toHaveText(`${near.size} / 10000 actors · ${nearRelations} / 100000 relations`, { timeout: 60_000 });
    await expect(waiting).toHaveCount(0);
    await expect(page.getByTestId('canvas-scope')).toHaveText(`Big graph: the canvas draws the visible part (${near.size} actors, ${nearRelations} relations).`);
    await app.screenshot('big-graph-focus');
    await page.keyboard.press('Control+e');
    const svgDialog = page.getByRole('dialog', { name: 'Export' });
    await svgDialog.getByRole('radio', { name: 'SVG image of the view (vector)' }).check();
    const { bytes: svgBytes } = await app.download(() => svgDialog.getByRole('button', { name: 'Export…' }).click());
    const svg = svgBytes.toString('utf8');
    expect(svg.match(/<path d="M[^"]* Q/g)?.length).toBe(nearRelations);
    expect(svg).toContain(`>${target.label}</text>`);

    // Leaving focus: all of it is visible again, above the limit, and the canvas waits.
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(app.counts).toHaveText(all, { timeout: 60_000 });
    await expect(waiting.getByRole('heading')).toHaveText('10,000 actors and 100,000 relations are visible: not drawn yet');

    // A hub's relations and neighbours are listed a hundred at a time.
    const degree = new Map<string, number>();
    for (const e of graph.edges) for (const end of new Set([e.source, e.target])) degree.set(end, (degree.get(end) ?? 0) + 1);
    const [hubId, hubDegree] = [...degree].sort((a, b) => b[1] - a[1])[0]!;
    const hub = graph.nodes.find((n) => n.id === hubId)!;
    expect(hubDegree).toBeGreaterThan(200);
    await app.searchFor(hub.label);
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(hub.label, { timeout: 60_000 });
    await expect(app.details.getByRole('heading', { name: `Relations (${hubDegree})` })).toBeVisible();
    const hubRelations = page.getByTestId('node-relations').locator('li');
    await expect(hubRelations).toHaveCount(100);
    await expect(app.details.getByText(`(100 of ${hubDegree} shown)`).first()).toBeVisible();
    await app.details.getByRole('button', { name: 'Show 100 more relations' }).click();
    await expect(hubRelations).toHaveCount(200);

    // D draws all of it; its actors have no places yet, so ForceAtlas2 lays them out in a worker
    // (progress, Cancel).
    await page.keyboard.press('d');
    await expect(page.getByTestId('canvas-scope')).toHaveText('Big graph: the canvas draws the visible part (10,000 actors, 100,000 relations).', { timeout: 240_000 });
    const progress = page.getByTestId('layout-progress');
    await expect(progress).toContainText('Laying out 10,000 actors', { timeout: 60_000 });
    await progress.getByRole('button', { name: 'Cancel layout' }).click({ timeout: 60_000 });
    await expect(progress).toHaveCount(0, { timeout: 60_000 });

    // Exact betweenness and closeness take minutes at this size: they run in a worker of their own,
    // with the step shown and Cancel, and the export below does not wait behind them.
    await page.getByRole('tab', { name: 'Metrics' }).click();
    const metricsProgress = page.getByTestId('metrics-progress');
    await expect(metricsProgress).toContainText('Computing metrics for 10,000 actors…', { timeout: 60_000 });
    await expect(metricsProgress).toContainText('betweenness (step 1 of 4)', { timeout: 120_000 });

    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'GraphML (.graphml)' }).check();
    await expect(dialog.getByTestId('export-losses')).not.toContainText('Checking…', { timeout: 60_000 });
    const { bytes } = await app.download(() => dialog.getByRole('button', { name: 'Export…' }).click());
    const xml = bytes.toString('utf8');
    expect(xml.match(/<node /g)?.length).toBe(10_000);
    expect(xml.match(/<edge /g)?.length).toBe(100_000);
    expect(xml).toContain(`<node id="${target.id}"`);

    // Still on betweenness after the export: cancel it, then ask again and cancel again.
    await expect(metricsProgress).toContainText('betweenness (step 1 of 4)');
    await metricsProgress.getByRole('button', { name: 'Cancel metrics' }).click();
    await expect(metricsProgress).toHaveText('Metrics cancelled. Compute again');
    await metricsProgress.getByRole('button', { name: 'Compute again' }).click();
    await expect(metricsProgress).toContainText('betweenness (step 1 of 4)', { timeout: 120_000 });
    await metricsProgress.getByRole('button', { name: 'Cancel metrics' }).click();
    await expect(metricsProgress).toHaveText('Metrics cancelled. Compute again');
    await expect(page.getByTestId('metrics-table')).toHaveCount(0);
  });
});

test('a graph too big for fCoSE is laid out in the background: related actors end up nearer each other', async ({ app, page }) => {
  test.setTimeout(120_000);
  const graph = generateGraph({ edges: 2400, edgesPerNode: 4, seed: 3 });
  // The view marks the body when a graph's layout is done (as the bench does): clear the mark of the
  // article graph, so its return means the new graph's background layout has been applied.
  await page.evaluate(() => document.body.removeAttribute('data-layout-done'));
  await app.openFile('medium.kg.json', JSON.stringify(graph));
  await expect(app.counts).toHaveText('600 / 600 actors · 2400 / 2400 relations', { timeout: 60_000 });
  await page.waitForSelector('body[data-layout-done]', { timeout: 90_000 });
  await expect(page.getByTestId('layout-progress')).toHaveCount(0);

  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'KG Explorer graph (.kg.json)' }).check();
  const { bytes } = await app.download(() => dialog.getByRole('button', { name: 'Export…' }).click());
  const saved = JSON.parse(bytes.toString('utf8')) as GraphFile;
  const at = new Map(saved.nodes.map((n) => [n.id, n.position!]));
  const gap = (a: string, b: string) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
  const related = saved.edges.reduce((sum, e) => sum + gap(e.source, e.target), 0) / saved.edges.length;
  let unrelated = 0;
  for (let i = 0; i < saved.nodes.length; i++) unrelated += gap(saved.nodes[i]!.id, saved.nodes[(i * 7 + 13) % saved.nodes.length]!.id);
  unrelated /= saved.nodes.length;
  // On the spiral the file opened with, related actors are 0.81 times as far apart as unrelated
  // ones; ForceAtlas2 brings that to about 0.58.
  expect(saved.nodes.every((n) => n.position !== null)).toBe(true);
  expect(related).toBeLessThan(unrelated * 0.7);

  // The metrics table shows a page of 200 actors at a time; a selected actor further down is
  // shown after the page, with its row number.
  await page.getByRole('tab', { name: 'Metrics' }).click();
  const panel = page.getByRole('region', { name: 'Metrics' });
  const rows = panel.getByTestId('metrics-table').locator('tbody tr');
  await expect(panel.getByTestId('metrics-summary')).toContainText('600 actors', { timeout: 60_000 });
  await expect(rows).toHaveCount(200);
  await expect(panel.getByText('(200 of 600 actors shown, in the order chosen)')).toBeVisible();
  await panel.getByRole('button', { name: 'Show 200 more' }).click();
  await expect(rows).toHaveCount(400);
  await panel.getByRole('button', { name: 'Actor' }).click();
  await expect(rows).toHaveCount(200);
  // The table sorts with the page's localeCompare; the labels are unique (each ends with its number).
  const lastByName = await page.evaluate((labels) => [...labels].sort((a, b) => a.localeCompare(b)).at(-1)!, graph.nodes.map((n) => n.label));
  await app.searchFor(lastByName);
  await expect(rows).toHaveCount(201);
  await expect(rows.last()).toHaveAttribute('aria-selected', 'true');
  await expect(rows.last().locator('th')).toHaveText(`${lastByName} (row 600)`);
});

test('the drawing limit is a remembered preference: under 2,000 relations a 2,400-relation graph waits, raising it draws it', async ({ app, page }) => {
  test.setTimeout(120_000);
  const graph = generateGraph({ edges: 2400, edgesPerNode: 4, seed: 3 });
  const limit = page.getByRole('combobox', { name: 'Draw on its own up to' });
  await expect(limit).toHaveValue('10000');
  await limit.selectOption({ label: '2,000 relations' });
  await page.reload();
  await expect(limit).toHaveValue('2000');

  await app.openFile('medium.kg.json', JSON.stringify(graph));
  await expect(app.counts).toHaveText('600 / 600 actors · 2400 / 2400 relations', { timeout: 60_000 });
  const waiting = page.getByTestId('canvas-waiting');
  await expect(waiting.getByRole('heading')).toHaveText('600 actors and 2,400 relations are visible: not drawn yet');
  await expect(waiting).toContainText('The canvas draws up to 2,000 relations and 1,000 actors on its own');

  await limit.selectOption({ label: '10,000 relations (default)' });
  await expect(waiting).toHaveCount(0);
  await expect(page.getByTestId('canvas-scope')).toHaveText('Big graph: the canvas draws the visible part (600 actors, 2,400 relations).');
});
