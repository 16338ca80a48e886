import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canvasFont, FONT_STACK } from '../../src/i18n/fontStack.ts';

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
  );
}

const families = (list: string) => list.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''));

describe('the shared font stack', () => {
  it('names the systems’ CJK fonts before the generic fallback', () => {
    const names = families(FONT_STACK);
    for (const cjk of ['PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei']) {
      expect(names).toContain(cjk);
    }
    expect(names.at(-1)).toBe('sans-serif');
  });

  it('gives a 2-D canvas a font of the asked size and weight in the shared list', () => {
    expect(canvasFont(11)).toBe(`11px ${FONT_STACK}`);
    expect(canvasFont(14, 'bold')).toBe(`bold 14px ${FONT_STACK}`);
  });

  it('is the list of every sans-serif declaration in the style sheets', () => {
    const declarations = filesUnder('src', '.css').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/font(?:-family)?:\s*([^;]*sans-serif)/g)].map((m) => ({ file, value: m[1] })),
    );
    expect(declarations.some((d) => d.file.endsWith('app.css'))).toBe(true);
    for (const d of declarations) expect({ file: d.file, list: d.value.replace(/^[\d./a-z ]*px(\/[\d.]+)?\s+/, '') }).toEqual({ file: d.file, list: FONT_STACK });
  });

  it('is the only font list in the code that draws on canvases', () => {
    const own = join('src', 'i18n', 'fontStack.ts');
    const lists = filesUnder('src', '.ts')
      .filter((file) => file !== own)
      .flatMap((file) => (/sans-serif|system-ui|fontFamily:\s*['"`]|\.font\s*=\s*['"`]/.test(readFileSync(file, 'utf8')) ? [file] : []));
    expect(lists).toEqual([]);
  });
});
