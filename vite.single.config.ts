import { defineConfig } from 'vite';
import { inlineWorkers } from './vite-plugins/inlineWorkers.ts';
import { lilGuiSystemFont } from './vite-plugins/lilGuiSystemFont.ts';
import { pixiStableProgramNames } from './vite-plugins/pixiStableProgramNames.ts';
import { singleFile } from './vite-plugins/singleFile.ts';

/** dist/single/slopes.html: the whole page in one file (scripts, workers, styles, presets), for use from disk. */
export default defineConfig({
  base: './',
  plugins: [lilGuiSystemFont(), pixiStableProgramNames(), inlineWorkers(), singleFile('slopes.html')],
  // Classic workers: a page opened from disk has an opaque origin, and module workers from a blob: URL fail there.
  worker: { format: 'iife', plugins: () => [inlineWorkers()] },
  build: {
    outDir: 'dist/single',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    cssCodeSplit: false,
    assetsInlineLimit: () => true,
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
});
