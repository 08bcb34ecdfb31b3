import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

/** The element that has focus, by its accessible role and name, for exact assertions. */
const focused = (page: Page) => page.locator(':focus');

// Keyboard only: no page.mouse, no click() anywhere in this file.
test.describe('keyboard-only walkthrough of the article graph', () => {
  test('search, lists, selection, evidence and focus depth, all from the keyboard', async ({ app, page }) => {
    // Search: the shortcut, then type; the first match is selected.
    await page.keyboard.press('Control+f');
    await expect(app.search).toBeFocused();
    await page.keyboard.type('Aleinik');
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText('Sergei Aleinik');
    await expect(page.getByTestId('search-status')).toHaveText('1 of 6');
    await page.keyboard.press('Escape');
    await expect(app.search).toHaveValue('');

    // Alt+L: the lists, at the selected actor.
    await page.keyboard.press('Alt+l');
    await expect(page.getByRole('tab', { name: 'Lists' })).toHaveAttribute('aria-selected', 'true');
    const actors = page.getByTestId('list-actors');
    const relations = page.getByTestId('list-relations');
    await expect(actors).toHaveRole('listbox');
    await expect(actors).toHaveAccessibleName('Actors (21 of 21)');
    await expect(relations).toHaveAccessibleName('Relations (49 of 49)');
    await expect(actors.getByRole('option')).toHaveCount(21);
    await expect(relations.getByRole('option')).toHaveCount(49);
    await expect(focused(page)).toHaveAccessibleName('Sergei Aleinik, Person');
    await expect(focused(page)).toHaveAttribute('aria-selected', 'true');

    // Arrow to China: Home, then down past Lukashenko, Belarus and the volunteer force.
    await page.keyboard.press('Home');
    await expect(focused(page)).toHaveAccessibleName('Alexander Lukashenko, Person');
    for (const name of ['Belarus, State', 'Belarusian volunteer military force, Organisation', 'China, State']) {
      await page.keyboard.press('ArrowDown');
      await expect(focused(page)).toHaveAccessibleName(name);
    }
    await page.keyboard.press('Enter');
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText('China');
    await expect(actors.getByRole('option', { selected: true })).toHaveAccessibleName('China, State');
    await expect(page.getByTestId('node-details')).toContainText('State');

    // Type-ahead: "s" jumps to the first actor starting with S, a second "s" to the next.
    await page.keyboard.press('s');
    await expect(focused(page)).toHaveAccessibleName('Samarkand, Place');
    await page.keyboard.press('s');
    await expect(focused(page)).toHaveAccessibleName('Sergei Aleinik, Person');
    await page.keyboard.press('End');
    await expect(focused(page)).toHaveAccessibleName('Xi–Lukashenko meeting in Samarkand, Event');

    // Tab: into the relations; "c" to China's first relation, then down to the strategic partnership.
    await page.keyboard.press('Tab');
    await expect(focused(page)).toHaveAccessibleName(/^Alexander Lukashenko — /);
    await page.keyboard.press('c');
    await expect(focused(page)).toHaveAccessibleName('China — Expresses intent to cooperate → Belarus, cooperative, 2023-02-24');
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowDown');
    await expect(focused(page)).toHaveAccessibleName('China — Strategic partnership ↔ Belarus, cooperative, 2022-09');
    await page.keyboard.press('Enter');
    const quote = 'Xi and Lukashenko announced an “all-weather” strategic partnership';
    await expect(page.getByTestId('edge-details').getByTestId('evidence-quote')).toHaveText(quote);
    const mark = app.article.locator('mark.evidence-primary');
    await expect(mark).toHaveText(quote);
    await expect(mark).toBeInViewport();
    await expect(relations.getByRole('option', { selected: true })).toHaveAccessibleName(
      'China — Strategic partnership ↔ Belarus, cooperative, 2022-09',
    );
    await expect(actors.getByRole('option', { selected: true })).toHaveCount(0);

    // Focus depth 1 around the relation's two ends, then back; the lists follow the canvas.
    await page.keyboard.press('1');
    await expect(app.counts).toHaveText('12 / 21 actors · 31 / 49 relations');
    await expect(page.getByTestId('list-actors-heading')).toHaveText('Actors (12 of 21)');
    await expect(page.getByTestId('list-relations-heading')).toHaveText('Relations (31 of 49)');
    await expect(actors.getByRole('option')).toHaveCount(12);
    await expect(relations.getByRole('option')).toHaveCount(31);
    await expect(focused(page)).toHaveAccessibleName('China — Strategic partnership ↔ Belarus, cooperative, 2022-09');
    await page.keyboard.press('0');
    await expect(app.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
    await expect(page.getByTestId('list-actors-heading')).toHaveText('Actors (21 of 21)');
  });

  test('F6 and Shift+F6 cycle toolbar → filters → lists → canvas → details → article', async ({ app: _opened, page }) => {
    await page.keyboard.press('F6');
    await expect(focused(page)).toHaveText('Open…');
    await page.keyboard.press('F6');
    await expect(page.getByRole('tab', { name: 'Filters' })).toHaveAttribute('aria-selected', 'true');
    await expect(focused(page)).toHaveText('All');
    await page.keyboard.press('F6');
    await expect(page.getByRole('tab', { name: 'Lists' })).toHaveAttribute('aria-selected', 'true');
    await expect(focused(page)).toHaveAccessibleName('Alexander Lukashenko, Person');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('F6');
    await expect(focused(page)).toHaveAttribute('data-testid', 'graph-canvas');
    await page.keyboard.press('F6');
    // The upper right: the details (or the tabs over them).
    await expect(page.locator('.right-column :focus')).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Article' }).locator(':focus')).toHaveCount(0);
    await page.keyboard.press('F6');
    await expect(page.getByRole('region', { name: 'Article' })).toBeFocused();
    await page.keyboard.press('F6');
    await expect(focused(page)).toHaveText('Open…');
    // Back: the article, then (Shift+F6 three more times) the lists, where focus was left.
    await page.keyboard.press('Shift+F6');
    await expect(page.getByRole('region', { name: 'Article' })).toBeFocused();
    await page.keyboard.press('Shift+F6');
    await page.keyboard.press('Shift+F6');
    await page.keyboard.press('Shift+F6');
    await expect(focused(page)).toHaveAccessibleName('Belarus, State');
    // The side tabs follow the APG: arrows switch between Filters and Lists.
    await page.keyboard.press('Shift+F6');
    await expect(focused(page)).toHaveText('All');
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('tab', { name: 'Filters' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Lists' })).toBeFocused();
    await expect(page.getByRole('tabpanel', { name: 'Lists' })).toBeVisible();
    await expect(page.getByRole('tabpanel', { name: 'Filters' })).toBeHidden();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: 'Filters' })).toHaveAttribute('aria-selected', 'true');
  });

  test('the shortcuts dialog lists the region keys; focus is visible in both themes', async ({ app: _opened, page }) => {
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog.getByRole('row', { name: /F6 \/ Shift\+F6/ })).toContainText('Move to the next / previous region');
    await expect(dialog.getByRole('row', { name: /Alt\+L/ })).toContainText('Go to the lists of actors and relations');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      await page.keyboard.press('Alt+l');
      const outline = await focused(page).evaluate((el) => {
        const s = getComputedStyle(el);
        return `${s.outlineStyle} ${s.outlineWidth}`;
      });
      expect(outline, theme).toBe('solid 3px');
    }
  });
});
