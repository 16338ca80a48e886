import { setupExperiment, type ExperimentSetup } from '../core/formats/experiment.ts';
import { parseExperimentDocument } from '../core/formats/experimentDocument.ts';
import { createExperiment } from '../core/mlp/experiment.ts';
import { HIDDEN } from '../core/mlp/layout.ts';
import type { Optimizer, Params } from '../core/optimizers/Optimizer.ts';
import { paramsOrNote } from '../state/resolveOrNote.ts';
import { createRandom } from '../core/random.ts';
import type { Surface } from '../core/surfaces/Surface.ts';
import type { ExperimentSetting } from '../state/AppState.ts';
import { axisValue, withAxisValue, type Axis } from './hypermapAxes.ts';
import { ParticleGroup } from './ParticleGroup.ts';
import { spans } from './spans.ts';

/** A cell's outcome, stored per cell as a small integer. */
export const REACHED = 0;
export const NOT_REACHED = 1;
export const DIVERGED = 2;
export type CellOutcome = typeof REACHED | typeof NOT_REACHED | typeof DIVERGED;

/**
 * The map's cells, row-major with row 0 at the y axis's first value (the bottom of the picture):
 * cell (i, j) is index j·cols + i.
 * - On a surface: `steps` is the updates taken before the loss first fell below the tolerance
 *   (REACHED), the budget (NOT_REACHED) or the update that diverged (DIVERGED); `loss` the loss then.
 * - Training the network: `loss` is the full-data loss after the last epoch, `steps` the updates
 *   taken; REACHED when that loss is below the tolerance, DIVERGED when it is not finite.
 */
export interface HypermapCells {
  readonly outcome: Uint8Array;
  readonly steps: Uint32Array;
  readonly loss: Float64Array;
}

/** One ball or one network run: what decides a cell besides the two swept numbers. */
export type CellRunner = (params: Params, cell: number, out: HypermapCells, o: number) => void;

export interface HypermapGrid {
  readonly optimizer: Optimizer;
  /** Complete and valid; the axes overwrite their two numbers in each cell. */
  readonly params: Params;
  readonly x: Axis;
  readonly y: Axis;
}

export function emptyCells(count: number): HypermapCells {
  return { outcome: new Uint8Array(count), steps: new Uint32Array(count), loss: new Float64Array(count) };
}

/** The params of cell `index`, checked against the declaration (a message names the cell's values). */
export function cellParams(grid: HypermapGrid, index: number): Params {
  const i = index % grid.x.count;
  const j = (index - i) / grid.x.count;
  const xv = axisValue(grid.x, i);
  const yv = axisValue(grid.y, j);
  const params = withAxisValue(withAxisValue(grid.params, grid.x.key, xv), grid.y.key, yv);
  return paramsOrNote(grid.optimizer, params, `${grid.x.key}=${xv}, ${grid.y.key}=${yv}`);
}

/**
 * One ball from `start` on the surface with constant hyperparameters and exact gradients, as the map
 * races it: the same ParticleGroup, so the same divergence rules. It stops at the first update that
 * brings the loss below `tol` (0 if the start already is), at divergence, or after `budget` updates.
 */
export function surfaceCellRunner(surface: Surface, optimizer: Optimizer, start: readonly [number, number], tol: number, budget: number): CellRunner {
  const random = createRandom(1);
  const starts = Float64Array.of(start[0], start[1]);
  return (params, _cell, out, o) => {
    const group = new ParticleGroup(surface, optimizer, params, 1);
    group.place(starts);
    let k = 0;
    while (!(group.loss[0] < tol) && k < budget && group.reason[0] === 0) {
      group.step(0, random);
      k++;
    }
    out.outcome[o] = group.reason[0] !== 0 ? DIVERGED : group.loss[0] < tol ? REACHED : NOT_REACHED;
    out.steps[o] = group.stepOf(0);
    out.loss[o] = group.loss[0];
  };
}

/** The experiment's data, initial weights and batch orders for one optimizer's run (checked as a file's would be). */
export function networkSetup(experiment: Omit<ExperimentSetting, 'optimizers' | 'runs'>, optimizer: Optimizer, params: Params): ExperimentSetup {
  const { seed, epochs, batchSize, points, noise } = experiment;
  return setupExperiment(
    parseExperimentDocument({ format: 'mlp-experiment/1', seed, hidden: HIDDEN, epochs, batchSize, points, noise, runs: [{ optimizer: optimizer.id, params }] }),
  );
}

/**
 * The whole 1-20-1 training for each cell, as the experiment panel trains it (same data, initial
 * weights and batch order; a constant lr), scored by its full-data loss after the last epoch.
 */
export function networkCellRunner(setup: ExperimentSetup, optimizer: Optimizer, tol: number): CellRunner {
  const { x, y, init, orders } = setup;
  const { epochs, batchSize } = setup.doc;
  return (params, _cell, out, o) => {
    const experiment = createExperiment({ x, y, init, orders, epochs, batchSize, runs: [{ optimizer, params }] });
    experiment.run();
    const loss = experiment.runs[0].epochLoss[epochs - 1];
    out.outcome[o] = !Number.isFinite(loss) ? DIVERGED : loss < tol ? REACHED : NOT_REACHED;
    out.steps[o] = experiment.steps;
    out.loss[o] = loss;
  };
}

/** Cells first … first + count − 1 into out[offset …]. Cells do not interact, so any split gives the same map. */
export function computeHypermapCells(grid: HypermapGrid, run: CellRunner, first: number, count: number, out: HypermapCells, offset = 0): void {
  for (let c = 0; c < count; c++) run(cellParams(grid, first + c), first + c, out, offset + c);
}

/** Cells per pool task: a few rows, so a cancelled job stops soon and progress moves often. */
export const HYPERMAP_CHUNK = 32;

export function hypermapChunks(grid: Pick<HypermapGrid, 'x' | 'y'>, chunk = HYPERMAP_CHUNK): [number, number][] {
  return spans(grid.x.count * grid.y.count, chunk);
}

/** The whole map on this thread, chunk by chunk (the worker pool runs the same chunks in parallel). */
export function computeHypermap(grid: HypermapGrid, run: CellRunner, chunk = HYPERMAP_CHUNK): HypermapCells {
  const out = emptyCells(grid.x.count * grid.y.count);
  for (const [first, count] of hypermapChunks(grid, chunk)) computeHypermapCells(grid, run, first, count, out, first);
  return out;
}
