import { defineConfig } from 'vitest/config';

/**
 * Browser tests: a production build served by vite preview, driven by playwright-core in one shared
 * Debian Chromium; two files at a time, since most of a browser test is waiting for frames.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/serve.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
  },
});
