import { defineConfig } from 'vitest/config';

/**
 * Browser tests: a production build served by vite preview, driven by playwright-core in one shared
 * Debian Chromium; two files at a time (three took 675 s against 587 s for two on a 2-core machine: the
 * browser's software WebGL keeps both cores busy).
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
