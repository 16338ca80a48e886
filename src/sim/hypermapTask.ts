import { InputError } from '../core/InputError.ts';
import { isNetworkSurface } from '../core/mlp/networkSurface.ts';
import type { Params } from '../core/optimizers/Optimizer.ts';
import { resolveOptimizer, resolveParamsOrThrow } from '../core/optimizers/resolveOptimizer.ts';
import { surfaceOf, type SurfaceCache, type SurfaceState } from '../state/surfaceOf.ts';
import { axisParam, type Axis } from './hypermapAxes.ts';
import {
  cellParams,
  computeHypermapCells,
  emptyCells,
  hypermapChunks,
  networkCellRunner,
  networkSetup,
  surfaceCellRunner,
  type CellRunner,
  type HypermapCells,
  type HypermapGrid,
} from './hypermap.ts';

/**
 * A hyperparameter map to compute, as plain data a worker can receive. `target` says what a cell
 * runs: one ball on the state's surface from `start` for at most `steps` updates, or the whole
 * 1-20-1 training of the state's experiment settings.
 */
export interface HypermapRequest {
  readonly target: 'surface' | 'network';
  readonly state: SurfaceState;
  readonly start: readonly [number, number];
  readonly optimizer: string;
  readonly params: Params;
  readonly x: Axis;
  readonly y: Axis;
  readonly tol: number;
  readonly steps: number;
}

/** One chunk of a map: cells first … first + count − 1. */
export interface HypermapTask extends HypermapRequest {
  readonly type: 'hypermap';
  readonly first: number;
  readonly count: number;
}

/** Cells a map may have on a side: a map is for reading, and every cell is a whole run. */
export const MAX_HYPERMAP_SIDE = 64;

/** The network's target trains with the experiment settings; a surface target cannot sit on a network surface's slice. */
function checkAxis(request: HypermapRequest, axis: Axis, field: string): void {
  const optimizer = resolveOptimizer(request.optimizer, 'optimizer');
  const param = axisParam(optimizer, axis.key);
  if (!param) throw new InputError(`${field}: "${axis.key}" is not a number hyperparameter of ${optimizer.id}`);
  if (!(Number.isInteger(axis.count) && axis.count >= 1 && axis.count <= MAX_HYPERMAP_SIDE))
    throw new InputError(`${field}: count must be an integer in [1, ${MAX_HYPERMAP_SIDE}], got ${axis.count}`);
  const ok = Number.isFinite(axis.from) && Number.isFinite(axis.to) && axis.from < axis.to && (!axis.log || axis.from > 0);
  if (!ok) throw new InputError(`${field}: expected finite from < to${axis.log ? ', both > 0 on a log axis' : ''}, got [${axis.from}, ${axis.to}]`);
}

/**
 * The grid a request describes, with every cell's params checked, so a map that would fail in a
 * worker fails here first with one line naming the field.
 */
export function hypermapGrid(request: HypermapRequest): HypermapGrid {
  const optimizer = resolveOptimizer(request.optimizer, 'optimizer');
  const params = resolveParamsOrThrow(optimizer, request.params, 'params');
  checkAxis(request, request.x, 'x');
  checkAxis(request, request.y, 'y');
  if (request.x.key === request.y.key) throw new InputError(`y: the two axes must sweep different numbers, both are "${request.x.key}"`);
  if (!(request.tol >= 0)) throw new InputError(`tol: expected a number >= 0, got ${request.tol}`);
  if (!(Number.isInteger(request.steps) && request.steps >= 0)) throw new InputError(`steps: expected an integer >= 0, got ${request.steps}`);
  if (request.target === 'surface' && isNetworkSurface(request.state.surface))
    throw new InputError(`target: the network surfaces map the whole training (target "network")`);
  const grid = { optimizer, params, x: request.x, y: request.y };
  for (let c = 0; c < request.x.count * request.y.count; c++) cellParams(grid, c);
  return grid;
}

/** What a request's cells run, built once per chunk (a network setup makes the data and orders). */
export function hypermapRunner(request: HypermapRequest, grid: HypermapGrid, surfaces?: SurfaceCache): CellRunner {
  if (request.target === 'network') return networkCellRunner(networkSetup(request.state.experiment, grid.optimizer, grid.params), grid.optimizer, request.tol);
  return surfaceCellRunner(surfaceOf(request.state, surfaces), grid.optimizer, request.start, request.tol, request.steps);
}

export function hypermapTasks(request: HypermapRequest, chunk?: number): HypermapTask[] {
  return hypermapChunks(request, chunk).map(([first, count]) => ({ ...request, type: 'hypermap', first, count }));
}

/** Runs one chunk; everything is checked again, as anything arriving in a message must be. */
export function runHypermapTask(task: HypermapTask, surfaces?: SurfaceCache): HypermapCells {
  const grid = hypermapGrid(task);
  const out = emptyCells(task.count);
  computeHypermapCells(grid, hypermapRunner(task, grid, surfaces), task.first, task.count, out);
  return out;
}
