import type { Lang } from '../i18n/Lang.ts';
import type { Words } from '../i18n/words.ts';
import type { Store } from '../state/store.ts';
import { BasinsPanel } from '../ui/BasinsPanel.ts';
import { WorkerPool } from '../workers/pool.ts';
import { browserPoolSize, webWorkerFactory } from '../workers/poolWebWorker.ts';

/**
 * One instance's basin maps: the panel, its worker pool (one worker per core, started when the maps
 * are first opened) and the store subscription that recomputes them when a setting changes them.
 */
export function mountBasins(words: Words, lang: Lang, store: Store, place: (panel: HTMLElement) => void): { destroy(): void } {
  let pool: WorkerPool | null = null;
  const panel = new BasinsPanel(words, lang, {
    state: store.get,
    pool: () =>
      (pool ??= new WorkerPool(
        webWorkerFactory(() => new Worker(new URL('../workers/basins.worker.ts', import.meta.url), { type: 'module' })),
        browserPoolSize(),
      )),
    setStart: (start) => void store.set({ start }),
  });
  place(panel.root);
  const unsubscribe = store.subscribe(() => panel.refresh());
  return {
    destroy: () => {
      unsubscribe();
      panel.destroy();
      pool?.terminate();
    },
  };
}
