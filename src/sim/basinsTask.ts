import type { Params } from '../core/optimizers/Optimizer.ts';
import { resolveOptimizer, resolveParamsOrThrow } from '../core/optimizers/resolveOptimizer.ts';
import { resolveSurface } from '../core/resolveSurface.ts';
import type { View } from '../core/surfaces/Surface.ts';
import { basinChunks, computeBasinsChunk } from './basins.ts';

/** A basin map to compute, as plain data a worker can receive: ids, not objects. */
export interface BasinsRequest {
  readonly surface: string;
  readonly optimizer: string;
  readonly params: Params;
  readonly view: View;
  readonly size: number;
  readonly steps: number;
}

/** One chunk of a map: starts first … first + count − 1 of `request`. */
export interface BasinsTask extends BasinsRequest {
  readonly type: 'basins';
  readonly first: number;
  readonly count: number;
}

export interface BasinsChunkResult {
  readonly basin: Int16Array;
  readonly stepsTaken: Uint32Array;
}

/** Starts per chunk: about ten milliseconds of a core at 300 steps, so a cancelled job stops soon. */
export const BASINS_CHUNK = 2048;

export function basinsTasks(request: BasinsRequest, chunk = BASINS_CHUNK): BasinsTask[] {
  return basinChunks(request.size, chunk).map(([first, count]) => ({ ...request, type: 'basins', first, count }));
}

/** Runs one chunk; ids and params are checked again, as anything arriving in a message must be. */
export function runBasinsTask(task: BasinsTask): BasinsChunkResult {
  const surface = resolveSurface(task.surface, 'surface');
  const optimizer = resolveOptimizer(task.optimizer, 'optimizer');
  const params = resolveParamsOrThrow(optimizer, task.params, 'params');
  const basin = new Int16Array(task.count);
  const stepsTaken = new Uint32Array(task.count);
  const config = { surface, optimizer, params, view: task.view, size: task.size, steps: task.steps };
  computeBasinsChunk(config, task.first, task.count, basin, stepsTaken);
  return { basin, stepsTaken };
}
