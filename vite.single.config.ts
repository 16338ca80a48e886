import { defineConfig } from 'vite';
import { inlineWorkers } from './vite-plugins/inlineWorkers.ts';
import { singleFile } from './vite-plugins/singleFile.ts';

/** dist/single/slopes.html: the whole page in one file (scripts, workers, styles, presets), for use from disk. */
export default defineConfig({
  base: './',
  plugins: [inlineWorkers(), singleFile('slopes.html')],
  worker: { format: 'es', plugins: () => [inlineWorkers()] },
  build: {
    outDir: 'dist/single',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: () => true,
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
});
