import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builderFileGlobs, disallowedFiles, packagedFiles, REQUIRED_FILES } from './packagedFiles';

const root = path.resolve(import.meta.dirname, '..');
const globs = builderFileGlobs(root);

describe('files packaged into app.asar (electron-builder.yml `files`)', () => {
  const fixture = mkdtempSync(path.join(tmpdir(), 'kg-asar-'));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('select only allow-listed files from a tree full of things that must stay out', () => {
    const files = [
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/electron/main.cjs.map',
      'dist/renderer/index.html',
      'dist/renderer/assets/index-abc.js',
      'dist/renderer/assets/index-abc.js.map',
      'dist/renderer/assets/index-abc.css',
      'dist/renderer/assets/graphWorker-abc.js',
      'dist/renderer/assets/belarus-china.kg-abc.json',
      'dist/renderer/node_modules/x/index.js',
      'dist/cli/kg.cjs',
      'data/belarus-china.kg.json',
      'data/belarus-china-article.txt',
      'data/bundled-graph.test.ts',
      'electron/main.ts',
      'core/model/graph.ts',
      'node_modules/zod/index.js',
      'e2e/electron/app.spec.ts',
      '.env',
      'package.json',
      'package-lock.json',
      'build/icon.svg',
      'build/icon.png',
      'build/icons/16x16.png',
      'build/icons/256x256.png',
      'build/afterPack.cjs',
    ];
    for (const f of files) {
      mkdirSync(path.dirname(path.join(fixture, f)), { recursive: true });
      writeFileSync(path.join(fixture, f), '');
    }
    expect(packagedFiles(fixture, globs)).toEqual([
      'build/icons/256x256.png',
      'data/belarus-china.kg.json',
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/renderer/assets/belarus-china.kg-abc.json',
      'dist/renderer/assets/graphWorker-abc.js',
      'dist/renderer/assets/index-abc.css',
      'dist/renderer/assets/index-abc.js',
      'dist/renderer/index.html',
      'package.json',
    ]);
  });

  it('the allow-list refuses sources, maps, tests and node_modules', () => {
    expect(disallowedFiles(['dist/renderer/assets/a.js.map', 'dist/renderer/x.ts', 'dist/renderer/assets/a.test.js', 'dist/renderer/assets/node_modules/a.js', 'data/other.json'])).toEqual([
      'dist/renderer/assets/a.js.map (forbidden)',
      'dist/renderer/x.ts (forbidden)',
      'dist/renderer/assets/a.test.js (forbidden)',
      'dist/renderer/assets/node_modules/a.js (forbidden)',
      'data/other.json (not in the allow-list)',
    ]);
  });

  // On the real checkout: whatever is there (sources, tests, node_modules, a dist/ of any age), the
  // globs pick nothing outside the allow-list. After `npm run build` the required files must be there.
  const built = existsSync(path.join(root, 'dist', 'electron', 'main.cjs')) && existsSync(path.join(root, 'dist', 'renderer', 'index.html'));
  if (!built) console.log('[packaged files] dist/ not built: checked the exclusions only; run `npm run build` to check the full list');

  it('on this checkout select nothing outside the allow-list', () => {
    expect(disallowedFiles(packagedFiles(root, globs))).toEqual([]);
  });

  it.runIf(built)('on this checkout after `npm run build` include everything the app needs', () => {
    const files = packagedFiles(root, globs);
    expect(files).toEqual(expect.arrayContaining(REQUIRED_FILES));
    expect(files.some((f) => /^dist\/renderer\/assets\/graphWorker-.*\.js$/.test(f))).toBe(true);
  });
});
