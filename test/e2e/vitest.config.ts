import { defineConfig } from 'vitest/config';

/**
 * Browser tests: a production build served by vite preview, driven by playwright-core in one shared
 * Debian Chromium; three files at a time: with pages that prefer reduced motion a browser test mostly waits
 * (for workers, frames and timers), and two files kept the machine's two cores about 40 % busy.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/serve.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    maxWorkers: 3,
  },
});
