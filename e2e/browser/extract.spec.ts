import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

/** A short article written for this test: Lukashenko (already in the graph) and a new actor, Pham Minh Chinh. */
const ARTICLE = [
  'Lukashenko visits Vietnam',
  '',
  'Belarusian President Alexander Lukashenko met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Thursday.',
  'Lukashenko invited Pham Minh Chinh to visit Minsk next year.',
  'Vietnam expressed concern about sanctions on Belarus.',
  '',
  'Share this:',
  'Leave a Reply',
].join('\n');
const MEETING = 'Belarusian President Alexander Lukashenko met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Thursday.';

async function audit(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`) }));
  expect(blocking, `axe: serious or critical violations in "${view}"`).toEqual([]);
}

test.describe('bringing in a new article', () => {
  test.describe.configure({ timeout: 120_000 });

  test('paste, date, review (accept two, reject one), merge: one new actor, one new relation, Lukashenko not duplicated', async ({ app, page }) => {
    await page.keyboard.press('Control+Shift+X');
    const dialog = page.getByRole('dialog', { name: 'Extract from article' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Article text' })).toBeFocused();
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(ARTICLE);

    // Pasted text has no date: it is asked for before extraction.
    await dialog.getByRole('button', { name: 'Extract candidates' }).click();
    await expect(dialog.getByTestId('extract-problem')).toContainText('This article has no publication date');
    await expect(dialog.getByRole('textbox', { name: 'Publication date' })).toBeFocused();
    await dialog.getByRole('textbox', { name: 'Publication date' }).fill('2024-03-15');
    await dialog.getByRole('button', { name: 'Extract candidates' }).click();

    const list = dialog.getByRole('listbox', { name: /Candidates/ });
    await expect(list).toBeFocused();
    await expect(dialog.getByTestId('extract-article-text')).not.toContainText('Leave a Reply');
    // Actors say whether they are already in the graph.
    await expect(list.getByRole('option', { name: /^Alexander Lukashenko Person/ })).toContainText('existing: Alexander Lukashenko');
    await expect(list.getByRole('option', { name: /^Pham Minh Chinh Person/ })).toContainText('new actor');
    await expect(list.getByRole('option', { name: /^Belarus State/ })).toContainText('existing: Belarus');

    // The meeting: its sentence is marked in the article, the trigger word strongest; A accepts.
    const meeting = list.getByRole('option', { name: /Alexander Lukashenko — Meets at a third location — Pham Minh Chinh/ });
    await meeting.click();
    await expect(meeting).toHaveAttribute('aria-selected', 'true');
    await expect(meeting).toContainText('2024-03-14 (day precision) · confidence');
    const article = dialog.getByTestId('extract-article-text');
    await expect(article.locator('mark.evidence-primary')).toHaveText('met');
    await expect(article.locator('mark')).toHaveText(['Belarusian President Alexander Lukashenko ', 'met', ' Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Thursday.']);
    await page.keyboard.press('a');
    await expect(meeting).toContainText('accepted');

    // Lukashenko leads Belarus: already in the graph, so this article only adds evidence to it.
    const leads = list.getByRole('option', { name: /Alexander Lukashenko — Leads — Belarus/ });
    await leads.click();
    await page.keyboard.press('a');
    // A wrong reading (Vietnam does not sanction Belarus): R rejects it.
    const sanction = list.getByRole('option', { name: /Vietnam — Sanctions — Belarus/ });
    await sanction.click();
    await page.keyboard.press('r');
    await expect(sanction).toContainText('rejected');
    await expect(dialog.getByTestId('review-counts')).toContainText('2 relations and 0 actors accepted · 1 rejected');
    await meeting.click();
    await app.screenshot('extract-review');
    await audit(page, 'extractor review');

    await dialog.getByRole('button', { name: 'Merge 2 relations' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.counts).toHaveText('22 / 22 actors · 50 / 50 relations');
    await expect(page.getByTestId('notice')).toHaveText(
      'Merged from “Lukashenko visits Vietnam”: 1 new actor, 1 new relation, evidence added to 1 relation.',
    );

    // The new relation is selected: its details show the quote from the new article, which the article panel opens.
    const details = page.getByTestId('edge-details');
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Alexander Lukashenko Meets at a third location Pham Minh Chinh');
    await expect(details.getByTestId('evidence-quote')).toHaveText([MEETING]);
    await expect(details).toContainText('Lukashenko visits Vietnam, characters');
    await expect(page.getByTestId('article-source')).toHaveValue('lukashenko-visits-vietnam-2024-03-15');
    await expect(app.article.locator('mark.evidence-primary')).toHaveText(MEETING);

    // Lukashenko was resolved, not duplicated: one actor of that name among the 22.
    await page.getByRole('tab', { name: 'Lists' }).click();
    await expect(page.getByTestId('list-actors-heading')).toHaveText('Actors (22 of 22)');
    await expect(page.getByTestId('list-actors').getByRole('option', { name: /^Alexander Lukashenko\b/ })).toHaveCount(1);
    await expect(page.getByTestId('list-actors').getByRole('option', { name: /^Pham Minh Chinh\b/ })).toHaveCount(1);

    // The merge is one undoable edit.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Z');
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
    await page.keyboard.press('Control+Shift+Z');
    await expect(app.counts).toHaveText('22 / 22 actors · 50 / 50 relations');

    // Saved and opened again, the graph keeps both articles and the evidence that points into each.
    const { bytes } = await app.download(() => page.keyboard.press('Control+S'));
    const saved = JSON.parse(bytes.toString('utf8')) as {
      sources: { id: string; title: string; published: string | null; text: string }[];
      edges: { id: string; evidence: { sourceId: string; quote: string }[] }[];
    };
    expect(saved.sources.map((s) => [s.id, s.published])).toEqual([
      ['belarus-china-2023-02-25', '2023-02-25'],
      ['lukashenko-visits-vietnam-2024-03-15', '2024-03-15'],
    ]);
    expect(saved.sources[1]!.text).toBe(ARTICLE.slice(0, ARTICLE.indexOf('\n\nShare this:')));
    const leadsEdge = saved.edges.find((e) => e.id === 'e-lukashenko-head_of-belarus')!;
    expect(leadsEdge.evidence.map((e) => [e.sourceId, e.quote])).toEqual([
      ['belarus-china-2023-02-25', 'Belarusian President Alexander Lukashenko'],
      ['belarus-china-2023-02-25', 'President of Belarus Alexander Lukashenko'],
      ['lukashenko-visits-vietnam-2024-03-15', MEETING],
    ]);
    await app.openFile('with-second-article.kg.json', bytes);
    // The counts are those of the graph already open: wait for the opened file itself.
    await expect(page.getByTestId('notice')).toHaveText('Opened with-second-article.kg.json.');
    await expect(app.counts).toHaveText('22 / 22 actors · 50 / 50 relations');
    await app.selectActor('Pham Minh Chinh');
    await expect(page.getByTestId('article-source').locator('option')).toHaveText([
      'Belarus president Lukashenko, close ally of Russia’s Putin, to visit China',
      'Lukashenko visits Vietnam (quoted)',
    ]);
  });

  test('E edits the current candidate (Escape leaves the form, not the dialog); an edit accepts', async ({ app: _app, page }) => {
    await page.getByRole('button', { name: 'From article…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Extract from article' });
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(ARTICLE);
    await dialog.getByRole('textbox', { name: 'Publication date' }).fill('2024-03-15');
    await dialog.getByRole('button', { name: 'Extract candidates' }).click();
    const list = dialog.getByRole('listbox', { name: /Candidates/ });
    const invite = list.getByRole('option', { name: /Alexander Lukashenko — Invites — Pham Minh Chinh/ });
    await invite.click();
    await expect(invite).toContainText('2025 (year precision)');
    // The theme follows the OS ("System"): the review must read as well in dark, current item included.
    await page.emulateMedia({ colorScheme: 'dark' });
    await audit(page, 'extractor review, dark theme');

    await page.keyboard.press('e');
    const form = dialog.getByRole('form', { name: 'Edit relation' });
    await expect(form.getByRole('combobox', { name: 'Relation type' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(form).toBeHidden();
    await expect(dialog).toBeVisible();
    await expect(list).toBeFocused();

    await page.keyboard.press('e');
    await form.getByRole('combobox', { name: 'Relation type' }).selectOption({ label: 'Praises or endorses' });
    await form.getByRole('textbox', { name: 'Time (from)' }).fill('2025-06');
    await form.getByRole('button', { name: 'Save and accept' }).click();
    const edited = list.getByRole('option', { name: /Alexander Lukashenko — Praises or endorses — Pham Minh Chinh/ });
    await expect(edited).toContainText('2025-06 (month precision)');
    await expect(edited).toContainText('accepted');
    await expect(list).toBeFocused();
    await expect(dialog.getByRole('button', { name: 'Merge 1 relation' })).toBeEnabled();
  });

  test('an .html file: the page’s date is filled in and its furniture is not part of the text', async ({ app: _app, page }) => {
    await page.getByRole('button', { name: 'From article…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Extract from article' });
    const html =
      '<html><head><meta property="og:title" content="Xi meets Lukashenko"><meta property="article:published_time" content="2023-03-01T09:00:00+08:00"></head>' +
      '<body><nav>Home World</nav><article><h1>Xi meets Lukashenko</h1><p>Chinese President Xi Jinping met Belarusian President Alexander Lukashenko in Beijing on Wednesday.</p></article>' +
      '<div class="comments"><h3>Leave a Reply</h3></div><script>var x = "never text";</script></body></html>';
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Open .txt, .html or .md file…' }).click()]);
    await chooser.setFiles({ name: 'xi-lukashenko.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await expect(dialog.getByTestId('extract-source')).toHaveText('xi-lukashenko.html — “Xi meets Lukashenko”');
    await expect(dialog.getByRole('textbox', { name: 'Publication date' })).toHaveValue('2023-03-01');
    await dialog.getByRole('button', { name: 'Extract candidates' }).click();
    const article = dialog.getByTestId('extract-article-text');
    await expect(article).toHaveText('Xi meets Lukashenko\n\nChinese President Xi Jinping met Belarusian President Alexander Lukashenko in Beijing on Wednesday.');
    await expect(dialog.getByRole('listbox', { name: /Candidates/ }).getByRole('option', { name: /^Xi Jinping Person/ })).toContainText('existing: Xi Jinping');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});
