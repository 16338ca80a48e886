import type { Plugin } from 'vite';

const FONT_FACE = /@font-face\s*\{\s*font-family:\s*"?lil-gui"?;\s*src:\s*url\("data:[^"]*"\)\s*format\("woff2"\);?\s*\}/;

/**
 * lil-gui injects a data: font for its four glyphs (▾ ▸ ↕ ✓), which a strict policy's default-src
 * 'self' blocks with a console error; without that rule the glyphs come from the system's fonts.
 */
export function lilGuiSystemFont(): Plugin {
  return {
    name: 'slopes-lil-gui-system-font',
    transform(code, id) {
      if (!/node_modules[\\/]lil-gui[\\/]/.test(id)) return null;
      if (!FONT_FACE.test(code)) {
        this.warn('lil-gui no longer embeds its font as expected: check the page under the strict CSP');
        return null;
      }
      return { code: code.replace(FONT_FACE, ''), map: null };
    },
  };
}
