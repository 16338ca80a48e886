import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const headless = ['src/core', 'src/sim', 'src/state', 'src/i18n'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Imports of renderers or GUI toolkits, or use of browser globals, break the node/worker hosts. */
function violations(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
    if (/^(pixi\.js|lil-gui|uplot)(\/|$)/.test(m[1]) || /\/(render|ui|app|workers)\//.test(m[1])) found.push(`imports ${m[1]}`);
  }
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  for (const m of code.matchAll(/\b(window|document|navigator|localStorage|location|requestAnimationFrame)\s*[.([]/g)) {
    found.push(`uses ${m[1]}`);
  }
  return found;
}

describe('the headless layers', () => {
  it('the checker catches a forbidden import and a DOM global', () => {
    expect(violations("import { Application } from 'pixi.js';")).toEqual(['imports pixi.js']);
    expect(violations('const w = window.innerWidth;')).toEqual(['uses window']);
    expect(violations("import { z } from 'zod';\n// window.x in a comment is fine")).toEqual([]);
  });

  for (const dir of headless) {
    it(`${dir} imports no pixi.js, lil-gui, uplot or DOM global`, () => {
      const files = sourceFiles(dir);
      expect(files.length).toBeGreaterThan(0);
      const bad = files.flatMap((f) => violations(readFileSync(f, 'utf8')).map((v) => `${f}: ${v}`));
      expect(bad).toEqual([]);
    });
  }
});
