import { test as base } from '@playwright/test';
import { KgElectronApp, skipWithoutElectron } from './electronApp';

export interface SharedAppOptions {
  /** Files named on the app's command line; read when the app launches, after the spec's own earlier beforeAll hooks. */
  readonly files?: () => readonly string[];
  /** Wait for the bundled graph, shown and laid out, before the first test (default). Off where the command line opens another graph. */
  readonly waitUntilReady?: boolean;
}

/**
 * The `test` of a spec file whose tests share one desktop app, handed to each test as `kg`: the file
 * is skipped, with the printed reason, where there is no Electron binary; the app is launched before
 * its first test and closed after its last. Call once at the top of the spec, before its tests.
 */
export function sharedAppTest(options: SharedAppOptions = {}) {
  skipWithoutElectron();
  let shared: KgElectronApp | null = null;
  base.beforeAll(async () => {
    shared = await KgElectronApp.launch({ files: options.files?.() ?? [] });
    if (options.waitUntilReady ?? true) await shared.waitUntilReady();
  });
  base.afterAll(async () => {
    await shared?.close();
    shared = null;
  });
  return base.extend<{ kg: KgElectronApp }>({
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern: none here.
    kg: async ({}, use) => {
      if (shared === null) throw new Error('The shared app is not running (its launch in beforeAll failed).');
      await use(shared);
    },
  });
}
