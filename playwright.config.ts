import { defineConfig } from '@playwright/test';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * The browser host in Debian's Chromium (runs everywhere; its 100k-relation spec is a project of its
 * own so it starts first), and Electron through Playwright's _electron (runs where the Electron binary
 * exists, skipped with a reason elsewhere). `npm run test:e2e` builds first; the web server serves the
 * production build.
 */
const BROWSER_USE = {
  baseURL: 'http://127.0.0.1:4173',
  viewport: { width: 1440, height: 900 },
  acceptDownloads: true,
  launchOptions: {
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'off' },
  webServer: {
    command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
  projects: [
    // The 100k-relation spec takes minutes: scheduled first so the other specs run beside it, not after.
    {
      name: 'browser-scale',
      testDir: 'e2e/browser',
      testMatch: 'scale.spec.ts',
      use: BROWSER_USE,
    },
    {
      name: 'browser',
      testDir: 'e2e/browser',
      testIgnore: 'scale.spec.ts',
      use: BROWSER_USE,
    },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});
