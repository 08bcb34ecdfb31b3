import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The gate `npm run security:scan` puts in `npm test` (it scans the app's own sources there): run on
 * a main process that turns context isolation off, it must name the finding and exit 1.
 */
const script = path.resolve(import.meta.dirname, 'securityScan.mjs');
let dir: string | null = null;

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('security:scan (Electronegativity)', () => {
  it('fails on a window without context isolation and names the file, line and check', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kg-scan-'));
    await writeFile(
      path.join(dir, 'main.js'),
      [
        "const { BrowserWindow } = require('electron');",
        'const window = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: true } });',
        "window.webContents.on('will-navigate', (event) => event.preventDefault());",
        '',
      ].join('\n'),
    );
    const run = spawnSync(process.execPath, [script, '--input', dir], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^HIGH +CONTEXT_ISOLATION_JS_CHECK — main\.js:2:\d+$/m);
    expect(run.stdout).toMatch(/^HIGH +LIMIT_NAVIGATION_GLOBAL_CHECK — whole app$/m);
    expect(run.stdout).toMatch(/^MEDIUM +CSP_GLOBAL_CHECK — whole app$/m);
    expect(run.stderr).toContain('security:scan failed: 2 HIGH-severity finding(s), 0 unparsed file(s).');
  }, 30_000);
});
