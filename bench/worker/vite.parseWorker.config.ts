import { defineConfig } from 'vite';

/** bench/worker/parseWorker.ts as one classic worker script, dist/bench-worker/parseWorker.js. */
export default defineConfig({
  publicDir: false,
  logLevel: 'error',
  build: {
    lib: { entry: 'bench/worker/parseWorker.ts', formats: ['iife'], name: 'parseWorker', fileName: () => 'parseWorker.js' },
    outDir: 'dist/bench-worker',
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
  },
});
