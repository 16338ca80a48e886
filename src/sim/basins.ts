import type { Optimizer, Params } from '../core/optimizers/Optimizer.ts';
import type { Surface, View } from '../core/surfaces/Surface.ts';
import { spans } from './spans.ts';
import { runSwarm } from './swarmRun.ts';

export interface BasinsConfig {
  readonly surface: Surface;
  readonly optimizer: Optimizer;
  /** Complete and valid (see resolveParams). */
  readonly params: Params;
  readonly view: View;
  /** The map is size × size starts. */
  readonly size: number;
  /** The step budget of every start. */
  readonly steps: number;
}

/** A basin map: row-major from the top-left, one value per start (see BasinsTracker.finish). */
export interface BasinsMap {
  readonly basin: Int16Array;
  readonly stepsTaken: Uint32Array;
}

/** The start of pixel `index` (row-major from the top-left): the centre of its cell of the view. */
export function basinStart(view: View, size: number, index: number, out: Float64Array, o: number): void {
  const i = index % size;
  const j = (index - i) / size;
  out[o] = view.x[0] + ((i + 0.5) * (view.x[1] - view.x[0])) / size;
  out[o + 1] = view.y[1] - ((j + 0.5) * (view.y[1] - view.y[0])) / size;
}

/**
 * Runs the starts first … first + count − 1 as one particle group for the whole budget and writes
 * their basins and steps into basin[offset …] and stepsTaken[offset …]. Starts do not interact, so
 * any split into chunks gives the same map.
 */
export function computeBasinsChunk(config: BasinsConfig, first: number, count: number, basin: Int16Array, stepsTaken: Uint32Array, offset = 0): void {
  const { surface, optimizer, params, view, size, steps } = config;
  const starts = new Float64Array(2 * count);
  for (let p = 0; p < count; p++) basinStart(view, size, first + p, starts, 2 * p);
  const layout = { kind: 'brush', points: starts, start: surface.start } as const;
  const { group, tracker } = runSwarm({ surface, optimizer, params, view, layout, count, steps });
  tracker.finish(group, basin, stepsTaken, offset);
}

/** Chunks of `chunk` starts covering a size × size map: [first, count] pairs, in order. */
export function basinChunks(size: number, chunk: number): [number, number][] {
  return spans(size * size, chunk);
}

/** The whole map on this thread, chunk by chunk (the worker pool runs the same chunks in parallel). */
export function computeBasins(config: BasinsConfig, chunk = 4096): BasinsMap {
  const total = config.size * config.size;
  const basin = new Int16Array(total);
  const stepsTaken = new Uint32Array(total);
  for (const [first, count] of basinChunks(config.size, chunk)) computeBasinsChunk(config, first, count, basin, stepsTaken, first);
  return { basin, stepsTaken };
}
