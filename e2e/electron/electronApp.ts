import { _electron, expect, test, type ElectronApplication, type Locator, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const SKIP_REASON = 'Electron binary not installed here (node_modules/electron/dist missing); run where Electron is available';

/** The runner loads every spec file in one process: print the reason once, not once per file. */
let skipReasonPrinted = false;

/**
 * Skips every test of the calling spec file where there is no Electron binary. Loudly, never silently:
 * the reason is printed once by the runner process and attached to every skipped test.
 */
export function skipWithoutElectron(): void {
  if (findElectronBinary() !== null) return;
  if (process.env['TEST_WORKER_INDEX'] === undefined && !skipReasonPrinted) console.log(`[electron e2e] skipped: ${SKIP_REASON}`);
  skipReasonPrinted = true;
  test.skip(true, SKIP_REASON);
}

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

  readonly fileName: Locator;
  readonly busy: Locator;

  private constructor(
    readonly app: ElectronApplication,
    readonly window: Page,
    private readonly executablePath: string,
    private readonly userDataDir: string,
  ) {
    this.counts = window.getByTestId('counts');
    this.problems = window.getByTestId('problems');
    this.fileName = window.locator('.toolbar .file-name');
    this.busy = window.locator('.status-bar .busy');
    window.on('pageerror', (e) => this.pageErrors.push(e.message));
    window.on('console', (m) => {
      if (m.type() === 'error') this.pageErrors.push(m.text());
    });
  }

  /**
   * Launches `electron <repo> ...files` from the repository root. Each launch gets its own user-data folder:
   * the app holds a single-instance lock on it, so an app the developer has open, or another test's
   * app, never turns this one into a second instance that quits at once.
   */
  static async launch(options: { files?: readonly string[] } = {}): Promise<KgElectronApp> {
    const executablePath = findElectronBinary();
    if (executablePath === null) throw new Error(SKIP_REASON);
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'kg-e2e-profile-'));
    const app = await _electron.launch({
      executablePath,
      args: electronArgs(userDataDir, options.files ?? []),
      cwd: ROOT,
      env: electronEnv(),
    });
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    return new KgElectronApp(app, window, executablePath, userDataDir);
  }

  /**
   * Starts the app a second time with the same user-data folder, as a user does from a terminal or a
   * file manager: that process hands its files to this app over the single-instance lock and quits.
   * Resolves with its exit code (and whatever it printed, for the failure message).
   */
  secondInstance(files: readonly string[], cwd = ROOT): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve, reject) => {
      const proc = spawn(this.executablePath, electronArgs(this.userDataDir, files), { cwd, env: electronEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      proc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      proc.on('error', reject);
      proc.on('exit', (code) => resolve({ code, output }));
    });
  }

  /** Replaces main's message box with a recorder; returns a reader of what would have been shown. */
  async recordMessageBoxes(): Promise<() => Promise<string[]>> {
    await this.app.evaluate(({ dialog }) => {
      const shown: string[] = [];
      (globalThis as { __kgMessageBoxes?: string[] }).__kgMessageBoxes = shown;
      dialog.showMessageBox = (async (...args: unknown[]) => {
        const options = args.at(-1) as Electron.MessageBoxOptions;
        shown.push(`${options.message}: ${options.detail ?? ''}`);
        return { response: 0, checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
    });
    return () => this.app.evaluate(() => [...((globalThis as { __kgMessageBoxes?: string[] }).__kgMessageBoxes ?? [])]);
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
    rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

/**
 * `[--no-sandbox] --user-data-dir=… <repo> ...files` (dev layout: the app folder, then the files). Chromium refuses to start as root without
 * --no-sandbox (CI containers); anywhere else the OS sandbox stays on. The app skips flags when it
 * looks for files on its command line, so these never reach it as files.
 */
function electronArgs(userDataDir: string, files: readonly string[]): string[] {
  // The app folder as an absolute path, so a second instance can run from any working directory.
  return [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), `--user-data-dir=${userDataDir}`, path.resolve(ROOT), ...files];
}

/** The environment minus ELECTRON_RUN_AS_NODE, which would make the binary behave as plain Node. */
function electronEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  return env;
}
