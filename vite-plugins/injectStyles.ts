import type { Plugin } from 'vite';

/**
 * The library's styles inside its script: importing slopes.js adds them to the page once, as a
 * <style> element (allowed by `style-src 'unsafe-inline'`), so a page needs one file only.
 */
export function injectStyles(): Plugin {
  return {
    name: 'slopes-inject-styles',
    enforce: 'post',
    // After vite's own generateBundle hooks, which finish the chunks' code (its preload markers).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const sheets = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
        const css = sheets.map((file) => (file.type === 'asset' ? String(file.source) : '')).join('\n');
        for (const sheet of sheets) delete bundle[sheet.fileName];
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk' || !file.isEntry) continue;
          file.code = `if (typeof document !== 'undefined' && !document.querySelector('style[data-slopes]')) {
    const style = document.createElement('style');
    style.dataset.slopes = '';
    style.textContent = ${JSON.stringify(css)};
    document.head.append(style);
  }
  ${file.code}`;
        }
      },
    },
  };
}
