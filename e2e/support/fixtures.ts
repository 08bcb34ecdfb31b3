import { expect, test as base } from '@playwright/test';
import { AppPage } from './AppPage';

/**
 * `app`: the explorer opened on the article graph, and afterwards the check that the flow raised no
 * uncaught error, CSP violation or failed request. One fixture instead of a beforeEach/afterEach pair
 * in every spec.
 */
export const test = base.extend<{ app: AppPage }>({
  app: async ({ page }, use) => {
    const app = new AppPage(page);
    await app.open();
    await use(app);
    expect(app.pageErrors).toEqual([]);
  },
});

export { expect };
