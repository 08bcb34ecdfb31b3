import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Electron security checklist items that are about what the code never does (docs/SECURITY.md):
 * a scan of the host and renderer sources for the APIs and options the checklist warns about.
 */

const root = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|html|cjs|mjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !f.split(path.sep).includes('dist') && !f.split(path.sep).includes('testing'));
}

const files = [...sources('electron'), ...sources('renderer'), path.join(root, 'renderer', 'index.html')];
const text = new Map(files.map((f) => [path.relative(root, f), readFileSync(f, 'utf8')]));

function filesMatching(pattern: RegExp): string[] {
  return [...text].filter(([, t]) => pattern.test(t)).map(([f]) => f);
}

describe('Electron security checklist: what the sources never do', () => {
  it('scans the host and the renderer', () => {
    expect(text.has(path.join('electron', 'main.ts'))).toBe(true);
    expect(text.size).toBeGreaterThan(20);
  });

  it('2: never turns Node integration on', () => {
    expect(filesMatching(/nodeIntegration\w*\s*:\s*true/)).toEqual([]);
  });

  it('6, 8, 9, 10: never disables webSecurity, allows insecure content, enables experimental or Blink features', () => {
    expect(filesMatching(/webSecurity\s*:\s*false/)).toEqual([]);
    expect(filesMatching(/allowRunningInsecureContent\s*:\s*true/)).toEqual([]);
    expect(filesMatching(/experimentalFeatures\s*:\s*true/)).toEqual([]);
    expect(filesMatching(/enableBlinkFeatures/)).toEqual([]);
  });

  it('11, 12: no <webview>, no allowpopups', () => {
    expect(filesMatching(/<webview|allowpopups|webviewTag\s*:\s*true/)).toEqual([]);
  });

  it('15: never calls shell.openExternal or shell.openPath', () => {
    expect(filesMatching(/\bopenExternal\b|\bopenPath\b/)).toEqual([]);
  });

  it('18: never loads file:// URLs', () => {
    expect(filesMatching(/loadFile\(|['"`]file:\/\//)).toEqual([]);
  });

  it('16: a supported Electron major (45 or later)', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const major = Number(/^\D*(\d+)/.exec(pkg.devDependencies.electron ?? '')?.[1]);
    expect(major).toBeGreaterThanOrEqual(45);
  });
});
