import type { LiveParams, Optimizer, OptimizerState, Params, StepKernel } from '../optimizers/Optimizer.ts';
import type { Scheduler, ScheduleSpec } from '../schedules/Schedule.ts';
import { createScheduledRun } from '../schedules/scheduledRun.ts';
import { PARAM_COUNT } from './layout.ts';
import { batchLossGrad, fullLoss } from './network.ts';

/** A schedule of the experiment: stepped after every batch, or once after each epoch (fed its epochLoss). */
export interface RunSchedule extends ScheduleSpec {
  readonly interval: 'epoch' | 'batch';
}

export interface ExperimentRunConfig {
  readonly optimizer: Optimizer;
  /** Complete and valid (see resolveParams). */
  readonly params: Params;
  /** Complete and valid (see resolveSchedule); absent or null: a constant lr. */
  readonly schedule?: RunSchedule | null;
}

export interface ExperimentConfig {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** The starting weights every run copies. */
  readonly init: Float64Array;
  readonly epochs: number;
  readonly batchSize: number;
  /** orders[e] is the permutation of the data points used in epoch e; batches are consecutive slices. */
  readonly orders: readonly Int32Array[];
  readonly runs: readonly ExperimentRunConfig[];
}

export interface ExperimentRun {
  readonly optimizer: Optimizer;
  readonly params: Params;
  /** batchLoss[e * batchesPerEpoch + k]: loss of batch k of epoch e with the weights before its step. */
  readonly batchLoss: Float64Array;
  /** epochLoss[e]: full-data mean squared error after the last step of epoch e. */
  readonly epochLoss: Float64Array;
  /** lr[e * batchesPerEpoch + k]: the learning rate the step of batch k of epoch e used. */
  readonly lr: Float64Array;
  /** The momentum (or beta1) each step used, when the schedule cycles it; otherwise null. */
  readonly momentum: Float64Array | null;
  /** The current weights, updated in place by every step. */
  readonly weights: Float64Array;
  /** snapshots[k]: the weights after k epochs (snapshots[0] is the init); filled as epochs finish. */
  readonly snapshots: readonly Float64Array[];
  readonly state: OptimizerState;
}

export interface Experiment {
  readonly epochs: number;
  readonly batchesPerEpoch: number;
  /** The epoch the next step belongs to (= epochs when done). */
  readonly epoch: number;
  /** The batch within `epoch` the next step uses. */
  readonly batch: number;
  /** Steps taken so far by every run. */
  readonly steps: number;
  readonly done: boolean;
  readonly runs: readonly ExperimentRun[];
  /** One minibatch step for every run; a no-op once done. */
  step(): void;
  /** Steps to the end of the current epoch. */
  runEpoch(): void;
  run(): void;
}

function checkConfig(config: ExperimentConfig): void {
  const n = config.x.length;
  if (config.y.length !== n) throw new RangeError(`y has ${config.y.length} values for ${n} x values`);
  if (config.init.length !== PARAM_COUNT) throw new RangeError(`init must hold ${PARAM_COUNT} weights`);
  if (!(Number.isInteger(config.batchSize) && config.batchSize >= 1)) throw new RangeError('batchSize must be a positive integer');
  if (config.orders.length < config.epochs) throw new RangeError(`${config.epochs} epochs need as many orders`);
  for (const order of config.orders) if (order.length !== n) throw new RangeError(`every order must list all ${n} points`);
}

/**
 * Trains one copy of the network per run from the same init on the same batches. Steppable by
 * batch or epoch so a worker can report progress; every result array is allocated up front.
 */
export function createExperiment(config: ExperimentConfig): Experiment {
  checkConfig(config);
  const { x, y, epochs, batchSize, orders } = config;
  const n = x.length;
  const batchesPerEpoch = Math.ceil(n / batchSize);
  const grad = new Float64Array(PARAM_COUNT);

  interface Live extends ExperimentRun {
    readonly kernel: StepKernel;
    readonly live: LiveParams;
    /** Stepped after every batch. */
    readonly perBatch: Scheduler | null;
    /** Stepped after every epoch. */
    readonly perEpoch: Scheduler | null;
  }
  const totalSteps = epochs * batchesPerEpoch;
  const runs: Live[] = config.runs.map(({ optimizer, params, schedule = null }) => {
    const snapshots: Float64Array[] = [];
    for (let k = 0; k <= epochs; k++) snapshots.push(new Float64Array(PARAM_COUNT));
    snapshots[0].set(config.init);
    const { kernel, state, live, scheduler } = createScheduledRun(optimizer, params, schedule, PARAM_COUNT);
    return {
      optimizer,
      params,
      batchLoss: new Float64Array(totalSteps),
      epochLoss: new Float64Array(epochs),
      lr: new Float64Array(totalSteps),
      momentum: scheduler?.cyclesMomentum ? new Float64Array(totalSteps) : null,
      weights: Float64Array.from(config.init),
      snapshots,
      state,
      kernel,
      live,
      perBatch: schedule?.interval === 'batch' ? scheduler : null,
      perEpoch: schedule?.interval === 'epoch' ? scheduler : null,
    };
  });

  let epoch = 0;
  let batch = 0;

  const step = (): void => {
    if (epoch >= epochs) return;
    const order = orders[epoch];
    const offset = batch * batchSize;
    const count = Math.min(batchSize, n - offset);
    const slot = epoch * batchesPerEpoch + batch;
    for (const r of runs) {
      const loss = batchLossGrad(r.weights, x, y, order, offset, count, grad);
      r.batchLoss[slot] = loss;
      r.lr[slot] = r.live.lr;
      if (r.momentum) r.momentum[slot] = r.live.momentum;
      r.kernel(r.weights, grad, r.state, r.live);
      r.perBatch?.step(r.live, loss);
    }
    if (++batch < batchesPerEpoch) return;
    for (const r of runs) {
      const loss = fullLoss(r.weights, x, y);
      r.epochLoss[epoch] = loss;
      r.snapshots[epoch + 1].set(r.weights);
      r.perEpoch?.step(r.live, loss);
    }
    batch = 0;
    epoch++;
  };

  return {
    epochs,
    batchesPerEpoch,
    get epoch() {
      return epoch;
    },
    get batch() {
      return batch;
    },
    get steps() {
      return epoch * batchesPerEpoch + batch;
    },
    get done() {
      return epoch >= epochs;
    },
    runs,
    step,
    runEpoch() {
      const current = epoch;
      while (epoch === current && epoch < epochs) step();
    },
    run() {
      while (epoch < epochs) step();
    },
  };
}
