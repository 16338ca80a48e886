import { defineConfig } from 'vite';
import { injectStyles } from './vite-plugins/injectStyles.ts';
import { inlineWorkers } from './vite-plugins/inlineWorkers.ts';
import { lilGuiSystemFont } from './vite-plugins/lilGuiSystemFont.ts';
import { pixiStableProgramNames } from './vite-plugins/pixiStableProgramNames.ts';

/** dist/lib/slopes.js: one ES module with its workers and styles, exporting mount and defining <slopes-demo>. */
export default defineConfig({
  plugins: [lilGuiSystemFont(), pixiStableProgramNames(), inlineWorkers(), injectStyles()],
  worker: { format: 'es', plugins: () => [inlineWorkers()] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // One file dropped onto a course page: minified whole, whitespace too.
    minify: true,
    lib: { entry: 'src/app/embed.ts', formats: ['es'], fileName: () => 'slopes.js' },
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
});
