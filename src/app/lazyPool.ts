import { WorkerPool } from '../workers/pool.ts';
import { browserPoolSize, webWorkerFactory } from '../workers/poolWebWorker.ts';

export interface LazyPool {
  /** The pool, made on the first call. */
  get: () => WorkerPool;
  /** Stops its workers, if it was ever made. */
  terminate: () => void;
}

/**
 * One instance's workers for every map it computes in the background (basins, the hyperparameter
 * map, the minibatch fan, the slice trained in full): one per core, started when a tool first needs
 * them. Each tool runs on a channel of its own, so they share the workers without cancelling each other.
 */
export function lazyPool(): LazyPool {
  let pool: WorkerPool | null = null;
  return {
    get: () =>
      (pool ??= new WorkerPool(
        webWorkerFactory(() => new Worker(new URL('../workers/basins.worker.ts', import.meta.url), { type: 'module' })),
        browserPoolSize(),
      )),
    terminate: () => pool?.terminate(),
  };
}
