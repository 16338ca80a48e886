import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The policy the built page and the library run under (the README's), with room for one inline script. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:";

/**
 * index.html with its script and styles written into it, as `fileName`: a page that opens from disk
 * and asks for nothing. It carries the strict policy itself, its one script allowed by its hash.
 */
export function singleFile(fileName: string): Plugin {
  return {
    name: 'slopes-single-file',
    enforce: 'post',
    // After vite's own generateBundle hooks, which finish the chunks' code (its preload markers).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset') throw new Error('single file: no index.html in the bundle');
        let html = String(page.source);
        let hash = '';
        html = html.replace(/<script type="module"[^>]*src="\.?\/?([^"]+)"[^>]*><\/script>/g, (_tag, src: string) => {
          const chunk = bundle[src];
          if (!chunk || chunk.type !== 'chunk') throw new Error(`single file: no chunk ${src}`);
          delete bundle[src];
          // A script ends at the first "</script", wherever it stands; inside JS text "<\/" reads the same.
          const code = chunk.code.replace(/<\/(script)/gi, '<\\/$1');
          hash = createHash('sha256').update(code).digest('base64');
          return `<script type="module">${code}</script>`;
        });
        html = html.replace(/<link rel="stylesheet"[^>]*href="\.?\/?([^"]+)"[^>]*>/g, (_tag, href: string) => {
          const sheet = bundle[href];
          if (!sheet || sheet.type !== 'asset') throw new Error(`single file: no stylesheet ${href}`);
          delete bundle[href];
          return `<style>${String(sheet.source)}</style>`;
        });
        const rest = Object.keys(bundle).filter((name) => name !== 'index.html');
        if (rest.length) throw new Error(`single file: files left outside it: ${rest.join(', ')}`);
        const policy = STRICT_CSP.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
        html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
        delete bundle['index.html'];
        this.emitFile({ type: 'asset', fileName, source: html });
      },
    },
  };
}
