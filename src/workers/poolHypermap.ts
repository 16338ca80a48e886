import { emptyCells, type HypermapCells } from '../sim/hypermap.ts';
import { hypermapTasks, type HypermapRequest, type HypermapTask } from '../sim/hypermapTask.ts';
import type { WorkerPool } from './pool.ts';

/** Which cells have just been filled in, and the chunks finished of all. */
export interface HypermapProgress {
  readonly first: number;
  readonly count: number;
  readonly done: number;
  readonly total: number;
}

export interface HypermapJob {
  /** The map, filled as chunks arrive (cells not yet computed read 0). */
  readonly cells: HypermapCells;
  /** The map once every chunk is in; null if cancelled. */
  readonly done: Promise<HypermapCells | null>;
  cancel(): void;
}

/** A hyperparameter map as one pool job on the "hypermap" channel: a new call cancels the previous one. */
export function runHypermapOnPool(
  pool: WorkerPool,
  request: HypermapRequest,
  { chunk, onProgress }: { chunk?: number; onProgress?: (progress: HypermapProgress) => void } = {},
): HypermapJob {
  const cells = emptyCells(request.x.count * request.y.count);
  const tasks = hypermapTasks(request, chunk);
  const job = pool.run<HypermapTask, HypermapCells>(tasks, {
    channel: 'hypermap',
    onChunk: ({ index, result, done, total }) => {
      const { first, count } = tasks[index];
      cells.outcome.set(result.outcome, first);
      cells.steps.set(result.steps, first);
      cells.loss.set(result.loss, first);
      onProgress?.({ first, count, done, total });
    },
  });
  return { cells, done: job.done.then((r) => (r ? cells : null)), cancel: job.cancel };
}
