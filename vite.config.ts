import { defineConfig } from 'vitest/config';
import { lilGuiSystemFont } from './vite-plugins/lilGuiSystemFont.ts';
import { pixiStableProgramNames } from './vite-plugins/pixiStableProgramNames.ts';

export default defineConfig({
  base: './',
  plugins: [lilGuiSystemFont(), pixiStableProgramNames()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Property tests run thousands of cases: on a busy shared machine five seconds is not enough.
    testTimeout: 30_000,
  },
});
