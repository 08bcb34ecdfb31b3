import { expect, type ElectronApplication, type Locator, type Page, type _electron } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const SKIP_REASON = 'Electron binary not installed here (node_modules/electron/dist missing); run where Electron is available';

/**
 * The Electron executable, or null. Reads node_modules/electron/path.txt like the package's index.js
 * does, but never requires that package: requiring it tries to download the binary, which hangs or
 * throws where there is no network (same lookup as scripts/start.mjs).
 */
export function findElectronBinary(): string | null {
  const pkg = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const candidate = override ? path.join(override, relative || 'electron') : relative ? path.join(pkg, 'dist', relative) : null;
  return candidate !== null && existsSync(candidate) ? candidate : null;
}

/** The main process's view of the window's webPreferences (getLastWebPreferences is missing from Electron's typings). */
export interface ReportedWebPreferences {
  readonly contextIsolation?: boolean;
  readonly sandbox?: boolean;
  readonly nodeIntegration?: boolean;
  readonly webSecurity?: boolean;
  readonly webviewTag?: boolean;
}

/**
 * Page object for the desktop app (Signal Desktop convention): launches the built app (`npm run build`
 * first), and waits for what the app shows or emits, never for fixed sleeps.
 */
export class KgElectronApp {
  readonly counts: Locator;
  readonly problems: Locator;
  readonly pageErrors: string[] = [];

  private constructor(
    readonly app: ElectronApplication,
    readonly window: Page,
  ) {
    this.counts = window.getByTestId('counts');
    this.problems = window.getByTestId('problems');
    window.on('pageerror', (e) => this.pageErrors.push(e.message));
    window.on('console', (m) => {
      if (m.type() === 'error') this.pageErrors.push(m.text());
    });
  }

  static async launch(electron: typeof _electron): Promise<KgElectronApp> {
    const executablePath = findElectronBinary();
    if (executablePath === null) throw new Error(SKIP_REASON);
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
    const app = await electron.launch({
      executablePath,
      // Chromium refuses to start as root without --no-sandbox (CI containers); anywhere else the
      // OS sandbox stays on.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.'],
      cwd: ROOT,
      env,
    });
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    return new KgElectronApp(app, window);
  }

  /** Resolves once the bundled graph is shown and laid out. */
  async waitUntilReady(): Promise<void> {
    await expect(this.counts).toHaveText(/\d+ \/ \d+ actors/);
    await this.window.waitForSelector('body[data-layout-done]');
  }

  /** webPreferences as the main process recorded them for the app window. */
  async mainProcessWebPreferences(): Promise<ReportedWebPreferences> {
    return this.app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as
        | (Electron.WebContents & { getLastWebPreferences(): Electron.WebPreferences | null })
        | undefined;
      const prefs = contents?.getLastWebPreferences() ?? null;
      return prefs === null
        ? {}
        : {
            contextIsolation: prefs.contextIsolation,
            sandbox: prefs.sandbox,
            nodeIntegration: prefs.nodeIntegration,
            webSecurity: prefs.webSecurity,
            webviewTag: prefs.webviewTag,
          };
    });
  }

  /** Resolves with the URL of the next navigation the page attempts, as main's will-navigate sees it. */
  nextNavigationAttempt(): Promise<string> {
    return this.app.evaluate(
      ({ BrowserWindow }) =>
        new Promise<string>((resolve) => {
          BrowserWindow.getAllWindows()[0]?.webContents.once('will-navigate', (event) => resolve(event.url));
        }),
    );
  }

  /** The URL the window's WebContents shows, from the main process. */
  async mainProcessUrl(): Promise<string> {
    return this.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.getURL() ?? '');
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}
