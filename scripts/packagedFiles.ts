import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { globSync } from 'tinyglobby';

/**
 * The files electron-builder puts into app.asar, computed from electron-builder.yml's `files` globs
 * (positive globs select, `!` globs remove, as electron-builder applies them), and the allow-list they
 * are checked against. scripts/check-package.mjs checks the real app.asar of a stand-in build too.
 */

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load: (text: string) => unknown };
// picomatch (the matcher tinyglobby uses) ships no types.
const picomatch = require('picomatch') as (globs: string[], options: { dot: boolean }) => (file: string) => boolean;

export function builderFileGlobs(root: string): readonly string[] {
  const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as { files?: unknown };
  if (!Array.isArray(config.files) || !config.files.every((f): f is string => typeof f === 'string')) {
    throw new Error('electron-builder.yml: `files` must be a list of globs');
  }
  return config.files;
}

/** Relative, '/'-separated paths under root that the globs select, sorted. */
export function packagedFiles(root: string, globs: readonly string[]): string[] {
  const positive = globs.filter((g) => !g.startsWith('!'));
  const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  return globSync([...positive], { cwd: root, ignore: negative, dot: true, onlyFiles: true }).sort();
}

/** What the packaged app may contain: the two bundles, the built renderer, the bundled graph, package.json, the window icon. */
const ALLOWED = [
  'dist/electron/main.cjs',
  'dist/electron/preload.cjs',
  'dist/renderer/*.html',
  'dist/renderer/assets/*.{js,css,json}',
  'data/belarus-china.kg.json',
  'package.json',
  'build/icons/256x256.png',
];
/** Never, whatever the allow-list says: sources, source maps, tests, dependencies. */
const FORBIDDEN = ['**/*.{ts,tsx,mts,cts,map}', '**/*.{test,spec}.*', '**/node_modules/**', '**/__tests__/**'];

const isAllowed = picomatch(ALLOWED, { dot: true });
const isForbidden = picomatch(FORBIDDEN, { dot: true });

/** Files that must not be packaged, with the reason. */
export function disallowedFiles(files: readonly string[]): string[] {
  return files.flatMap((f) => (isForbidden(f) ? [`${f} (forbidden)`] : isAllowed(f) ? [] : [`${f} (not in the allow-list)`]));
}

/** The files the app cannot start without. */
export const REQUIRED_FILES = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'data/belarus-china.kg.json', 'package.json'];
