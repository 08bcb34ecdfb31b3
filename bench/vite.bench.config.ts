import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * The benchmark runner, bundled like the CLI (vite.cli.config.ts) to one CommonJS file,
 * dist/bench/bench.cjs, run with plain node. Playwright stays external (loaded from node_modules).
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'error',
  build: {
    ssr: 'bench/main.ts',
    target: 'node20',
    outDir: 'dist/bench',
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: {
      external: [/^node:/, ...builtinModules, /^@playwright\//, /^playwright/],
      output: { format: 'cjs', entryFileNames: 'bench.cjs', codeSplitting: false },
    },
  },
  ssr: { noExternal: true },
});
