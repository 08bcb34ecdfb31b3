import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/**
 * Page object for the explorer (Signal Desktop convention): tests speak in user terms and wait for
 * what the app shows, never for fixed sleeps.
 */
export class AppPage {
  readonly counts: Locator;
  readonly search: Locator;
  readonly problems: Locator;
  readonly details: Locator;
  readonly article: Locator;
  readonly pageErrors: string[] = [];

  constructor(readonly page: Page) {
    this.counts = page.getByTestId('counts');
    this.search = page.getByRole('searchbox', { name: 'Search actors, aliases and evidence' });
    this.problems = page.getByTestId('problems');
    this.details = page.getByRole('region', { name: 'Details' });
    this.article = page.getByTestId('article-text');
    page.on('pageerror', (e) => this.pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') this.pageErrors.push(m.text());
    });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.counts).toHaveText('21 / 21 actors · 49 / 49 relations');
    await this.page.waitForSelector('body[data-layout-done]');
  }

  filterGroup(legend: string): Locator {
    return this.page.getByRole('group', { name: legend });
  }

  async toggle(legend: string, label: string): Promise<void> {
    await this.filterGroup(legend).getByRole('checkbox', { name: label, exact: false }).first().click();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  /** Selects an actor by searching its exact label (search jumps to and selects the first hit). */
  async selectActor(label: string): Promise<void> {
    await this.searchFor(label);
    await expect(this.details.getByRole('heading', { level: 2 })).toHaveText(label);
  }

  async download(trigger: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), trigger()]);
    const path = await download.path();
    return { download, bytes: readFileSync(path) };
  }

  async openFile(name: string, content: string | Buffer): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('button', { name: 'Open…' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
  }
}
