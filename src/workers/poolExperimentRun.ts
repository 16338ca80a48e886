import type { ExperimentSetup } from '../core/formats/experiment.ts';
import { createExperiment, type RunSchedule } from '../core/mlp/experiment.ts';
import type { Params } from '../core/optimizers/Optimizer.ts';
import { resolveOptimizer, resolveParamsOrThrow } from '../core/optimizers/resolveOptimizer.ts';

/** One run of an experiment with the data, init and batch order every run shares: a pool task. */
export interface ExperimentRunTask {
  readonly type: 'experiment-run';
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly init: Float64Array;
  readonly orders: readonly Int32Array[];
  readonly epochs: number;
  readonly batchSize: number;
  readonly run: { readonly optimizer: string; readonly params: Params; readonly schedule: RunSchedule | null; readonly batchSize?: number };
}

export interface ExperimentRunResult {
  readonly batchLoss: Float64Array;
  readonly epochLoss: Float64Array;
  readonly lr: Float64Array;
  readonly weights: Float64Array;
}

/**
 * The runs of a set-up experiment as one task each. Runs never read each other's weights, so a run
 * trained alone on the shared data, init and orders is the same run as inside the whole experiment.
 */
export function experimentRunTasks(setup: ExperimentSetup): ExperimentRunTask[] {
  const { x, y, init, orders } = setup;
  const { epochs, batchSize } = setup.doc;
  return setup.runs.map((r) => ({
    type: 'experiment-run',
    x,
    y,
    init,
    orders,
    epochs,
    batchSize,
    run: { optimizer: r.optimizer.id, params: r.params, schedule: r.schedule ?? null, ...(r.batchSize !== undefined ? { batchSize: r.batchSize } : {}) },
  }));
}

/** Trains the task's one run to the end; the schedule comes resolved from the host's setup. */
export function runExperimentRunTask(task: ExperimentRunTask): ExperimentRunResult {
  const optimizer = resolveOptimizer(task.run.optimizer, 'run.optimizer');
  const params = resolveParamsOrThrow(optimizer, task.run.params, 'run.params');
  const { x, y, init, orders, epochs, batchSize } = task;
  const run = { optimizer, params, schedule: task.run.schedule, ...(task.run.batchSize !== undefined ? { batchSize: task.run.batchSize } : {}) };
  const experiment = createExperiment({ x, y, init, orders, epochs, batchSize, runs: [run] });
  experiment.run();
  const { batchLoss, epochLoss, lr, weights } = experiment.runs[0];
  return { batchLoss, epochLoss, lr, weights };
}
