import { readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { defineConfig, type EnvironmentOptions } from 'vite';

/**
 * The Electron main process and preload, each bundled to ONE self-contained CommonJS file in
 * dist/electron (.cjs because package.json says "type": "module").
 *
 * Two separate build environments, not one build with two inputs: a shared chunk would become a
 * require('./chunk.cjs') in the preload, and a sandboxed preload can require nothing but 'electron'.
 * Everything (zod, write-file-atomic, core/) is bundled in; only 'electron' and Node builtins stay
 * external. No sourcemaps, no minification (readable stack traces in a desktop app cost nothing).
 */
const external = ['electron', /^electron\//, /^node:/, ...builtinModules];
const OUT_DIR = 'dist/electron';

/** What each bundle may require at run time: a sandboxed preload gets only 'electron'. */
function allowedRequire(name: 'main' | 'preload', id: string): boolean {
  if (id === 'electron') return true;
  return name === 'main' && (id.startsWith('node:') || builtinModules.includes(id));
}

/** Fails the build if a bundle requires anything it could not load (a missed noExternal, a split chunk). */
function checkRequires(name: 'main' | 'preload'): void {
  const code = readFileSync(path.join(OUT_DIR, `${name}.cjs`), 'utf8');
  const bad = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1] ?? '').filter((id) => !allowedRequire(name, id));
  if (bad.length > 0) throw new Error(`${OUT_DIR}/${name}.cjs requires ${[...new Set(bad)].join(', ')}; it must be self-contained`);
}

function electronBundle(name: 'main' | 'preload'): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true, conditions: ['node', 'import', 'default'] },
    build: {
      ssr: true,
      target: 'node22',
      outDir: OUT_DIR,
      // Both environments write to the same folder (emptied once in buildApp), so neither empties it.
      emptyOutDir: false,
      sourcemap: false,
      minify: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: { [name]: `electron/${name}.ts` },
        external,
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          // One file, whatever is imported dynamically.
          codeSplitting: false,
        },
      },
    },
  };
}

export default defineConfig({
  publicDir: false,
  environments: {
    electron_main: electronBundle('main'),
    electron_preload: electronBundle('preload'),
  },
  builder: {
    async buildApp(builder) {
      rmSync(OUT_DIR, { recursive: true, force: true });
      await builder.build(builder.environments.electron_main!);
      await builder.build(builder.environments.electron_preload!);
      checkRequires('main');
      checkRequires('preload');
    },
  },
});
