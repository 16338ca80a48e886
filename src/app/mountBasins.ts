import type { Lang } from '../i18n/Lang.ts';
import type { Words } from '../i18n/words.ts';
import type { Store } from '../state/store.ts';
import { BasinsPanel } from '../ui/BasinsPanel.ts';
import type { WorkerPool } from '../workers/pool.ts';

/** One instance's basin maps: the panel, on the instance's workers, and the store subscription that recomputes them when a setting changes them. */
export function mountBasins(words: Words, lang: Lang, store: Store, pool: () => WorkerPool, place: (panel: HTMLElement) => void): { destroy(): void } {
  const panel = new BasinsPanel(words, lang, {
    state: store.get,
    pool,
    setStart: (start) => void store.set({ start }),
  });
  place(panel.root);
  const unsubscribe = store.subscribe(() => panel.refresh());
  return {
    destroy: () => {
      unsubscribe();
      panel.destroy();
    },
  };
}
