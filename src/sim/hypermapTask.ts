import { isNetworkSurface } from '../core/mlp/networkSurface.ts';
import type { Params } from '../core/optimizers/Optimizer.ts';
import { shown } from '../state/Note.ts';
import { NoteError } from '../state/NoteError.ts';
import { optimizerOrNote, paramsOrNote } from '../state/resolveOrNote.ts';
import { surfaceOf, type SurfaceCache, type SurfaceState } from '../state/surfaceOf.ts';
import { axisParam, axisParams, type Axis } from './hypermapAxes.ts';
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
  const optimizer = optimizerOrNote(request.optimizer, 'optimizer');
  if (!axisParam(optimizer, axis.key))
    throw new NoteError({ kind: 'invalid', field: `${field}.key`, expected: { is: 'oneOf', values: axisParams(optimizer).map((a) => a.key) }, got: shown(axis.key) });
  if (!(Number.isInteger(axis.count) && axis.count >= 1 && axis.count <= MAX_HYPERMAP_SIDE))
    throw new NoteError({ kind: 'invalid', field: `${field}.count`, expected: { is: 'integerIn', lo: 1, hi: MAX_HYPERMAP_SIDE }, got: String(axis.count) });
  const ok = Number.isFinite(axis.from) && Number.isFinite(axis.to) && axis.from < axis.to && (!axis.log || axis.from > 0);
  if (!ok) throw new NoteError({ kind: 'invalid', field, expected: { is: 'axisRange', log: axis.log }, got: `[${axis.from}, ${axis.to}]` });
}

/**
 * The grid a request describes, with every cell's params checked, so a map that would fail in a
 * worker fails here first, with a NoteError naming the field.
 */
export function hypermapGrid(request: HypermapRequest): HypermapGrid {
  const optimizer = optimizerOrNote(request.optimizer, 'optimizer');
  const params = paramsOrNote(optimizer, request.params, 'params');
  checkAxis(request, request.x, 'x');
  checkAxis(request, request.y, 'y');
  if (request.x.key === request.y.key) throw new NoteError({ kind: 'invalid', field: 'y.key', expected: { is: 'distinctParams' }, got: shown(request.y.key) });
  if (!(request.tol >= 0)) throw new NoteError({ kind: 'invalid', field: 'tol', expected: { is: 'atLeast', lo: 0, integer: false }, got: String(request.tol) });
  if (!(Number.isInteger(request.steps) && request.steps >= 0))
    throw new NoteError({ kind: 'invalid', field: 'steps', expected: { is: 'atLeast', lo: 0, integer: true }, got: String(request.steps) });
  // The network surfaces are slices of the whole training, which is what their map sweeps.
  if (request.target === 'surface' && isNetworkSurface(request.state.surface))
    throw new NoteError({ kind: 'invalid', field: 'target', expected: { is: 'either', values: ['network'] }, got: shown(request.target) });
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
