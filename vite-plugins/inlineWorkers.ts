import type { Plugin } from 'vite';

/** `new Worker(new URL('…/x.worker.ts', import.meta.url), { type: 'module' })`, as the app starts its workers. */
const WORKER = /new Worker\(new URL\((['"])([^'"]+\.worker\.ts)\1, import\.meta\.url\), \{ type: 'module' \}\)/g;

/**
 * Workers built into the script that starts them (vite's `?worker&inline`, started from a blob: URL),
 * for builds that must be one file: the library and the single page. The app's own source keeps the
 * standard `new URL` form that every other build serves as files.
 */
export function inlineWorkers(): Plugin {
  return {
    name: 'slopes-inline-workers',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.ts$/.test(id) || !code.includes('new Worker(new URL(')) return null;
      const imports: string[] = [];
      const out = code.replace(WORKER, (_all, _quote, path: string) => {
        const name = `InlineWorker${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
        return `new ${name}()`;
      });
      return { code: `${imports.join('\n')}\n${out}`, map: null };
    },
  };
}
