import { expect, test } from '../support/fixtures';

test.describe('timeline', () => {
  test('dragging across the histogram filters a time range; intervals and undated relations honoured', async ({ app, page }) => {
    const timeline = page.getByRole('region', { name: 'Relations over time' });
    await expect(timeline.getByTestId('timeline-window')).toHaveText('2022-01 to 2023-03, 25 dated relations');
    const chart = timeline.getByRole('img');
    const box = (await chart.boundingBox())!;
    // 15 monthly bins, 2022-01 … 2023-03: drag from February 2023 to March 2023.
    const x = (bin: number) => box.x + ((bin + 0.5) / 15) * box.width;
    await page.mouse.move(x(13), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(x(14), box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect(timeline.getByTestId('timeline-window')).toHaveText('2023-02-01 to 2023-03-31');
    await expect(app.counts).toHaveText('19 / 21 actors · 39 / 49 relations');
    await timeline.getByRole('checkbox', { name: 'Undated (24)' }).uncheck();
    await expect(app.counts).toHaveText('19 / 21 actors · 16 / 49 relations');
    await app.screenshot('timeline');
    // Without a range nothing is outside it: undated relations are hidden only within a range.
    await timeline.getByRole('button', { name: 'All time' }).click();
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
  });

  test('playback steps through time with relations appearing as their dates pass', async ({ app, page }) => {
    const timeline = page.getByRole('region', { name: 'Relations over time' });
    await timeline.getByRole('button', { name: 'Play' }).click();
    // The first step: January 2022 (the year-dated relation and the undated ones whose actors are present).
    await expect(app.counts).toHaveText('17 / 21 actors · 22 / 49 relations');
    await expect(timeline.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
    await expect(timeline.getByTestId('timeline-window')).toHaveText('2022-01-01 to 2023-03-31');
  });
});
