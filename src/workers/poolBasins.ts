import type { BasinsMap } from '../sim/basins.ts';
import { BASINS_CHUNK, basinsTasks, type BasinsChunkResult, type BasinsRequest, type BasinsTask } from '../sim/basinsTask.ts';
import type { WorkerPool } from './pool.ts';

/** Which part of which map has just been filled in. */
export interface BasinsProgress {
  /** Index of the request (the optimizer's map). */
  readonly map: number;
  readonly first: number;
  readonly count: number;
  /** Chunks finished over all maps, and their total. */
  readonly done: number;
  readonly total: number;
}

export interface BasinsJob {
  /** One map per request, filled as chunks arrive (pixels not yet computed read 0). */
  readonly maps: BasinsMap[];
  /** The maps once every chunk is in; null if cancelled. */
  readonly done: Promise<BasinsMap[] | null>;
  cancel(): void;
}

/**
 * Basin maps of several optimizers as one pool job on the "basins" channel: a new call cancels the
 * previous one. Chunks of every map are interleaved, so all maps fill together.
 */
export function runBasinsOnPool(
  pool: WorkerPool,
  requests: readonly BasinsRequest[],
  { chunk = BASINS_CHUNK, onProgress }: { chunk?: number; onProgress?: (progress: BasinsProgress) => void } = {},
): BasinsJob {
  const maps = requests.map((r) => ({ basin: new Int16Array(r.size * r.size), stepsTaken: new Uint32Array(r.size * r.size) }));
  const perMap = requests.map((r) => basinsTasks(r, chunk));
  const tasks: BasinsTask[] = [];
  const owner: number[] = [];
  const longest = Math.max(0, ...perMap.map((list) => list.length));
  for (let k = 0; k < longest; k++) {
    perMap.forEach((list, m) => {
      if (k < list.length) {
        tasks.push(list[k]);
        owner.push(m);
      }
    });
  }
  const job = pool.run<BasinsTask, BasinsChunkResult>(tasks, {
    channel: 'basins',
    onChunk: ({ index, result, done, total }) => {
      const map = owner[index];
      const { first, count } = tasks[index];
      maps[map].basin.set(result.basin, first);
      maps[map].stepsTaken.set(result.stepsTaken, first);
      onProgress?.({ map, first, count, done, total });
    },
  });
  return { maps, done: job.done.then((r) => (r ? maps : null)), cancel: job.cancel };
}
