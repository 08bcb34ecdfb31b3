import { defineConfig } from 'vitest/config';

// Unit tests: core, electron helpers, renderer logic and the bundled data, all in Node.
export default defineConfig({
  test: {
    include: ['{core,electron,renderer,data,scripts,cli}/**/*.test.ts'],
    environment: 'node',
  },
});
