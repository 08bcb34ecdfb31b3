import { readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vite';

/**
 * The command-line tool, bundled to ONE self-contained CommonJS file, dist/cli/kg.cjs (the same
 * approach as vite.electron.config.ts): core/, zod, the format libraries and write-file-atomic are
 * bundled in; only Node builtins stay external, so the file runs with plain `node` and no node_modules.
 */
const external = [/^node:/, ...builtinModules];
const OUT_DIR = 'dist/cli';
const ENTRY = 'kg';

/** Fails the build if the bundle requires anything but a Node builtin (a missed noExternal, a split chunk). */
function checkRequires(): void {
  const code = readFileSync(path.join(OUT_DIR, `${ENTRY}.cjs`), 'utf8');
  const bad = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)]
    .map((m) => m[1] ?? '')
    .filter((id) => !id.startsWith('node:') && !builtinModules.includes(id));
  if (bad.length > 0) throw new Error(`${OUT_DIR}/${ENTRY}.cjs requires ${[...new Set(bad)].join(', ')}; it must be self-contained`);
}

export default defineConfig({
  publicDir: false,
  environments: {
    cli: {
      consumer: 'server',
      resolve: { noExternal: true, conditions: ['node', 'import', 'default'] },
      build: {
        ssr: true,
        // package.json "engines": Node 20.19 or later.
        target: 'node20',
        outDir: OUT_DIR,
        emptyOutDir: false,
        sourcemap: false,
        minify: false,
        copyPublicDir: false,
        reportCompressedSize: false,
        rolldownOptions: {
          input: { [ENTRY]: `cli/${ENTRY}.ts` },
          external,
          output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
        },
      },
    },
  },
  builder: {
    async buildApp(builder) {
      rmSync(OUT_DIR, { recursive: true, force: true });
      await builder.build(builder.environments.cli!);
      checkRequires();
    },
  },
});
