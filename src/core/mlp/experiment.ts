import type { GradientOracle, LiveParams, Optimizer, OptimizerState, Params, StepKernel } from '../optimizers/Optimizer.ts';
import type { Scheduler, ScheduleSpec } from '../schedules/Schedule.ts';
import { createScheduledRun } from '../schedules/scheduledRun.ts';
import { scheduleEnd } from '../schedules/scheduleEnd.ts';
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
  /** This run's minibatch size, when it differs from the experiment's (GD, minibatch and SGD side by side). */
  readonly batchSize?: number;
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
  readonly batchSize: number;
  /** ceil(points / batchSize): the steps this run takes per epoch. */
  readonly batchesPerEpoch: number;
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
  /** The most batches any run has per epoch: the ticks of an epoch (every run's own, with one batch size). */
  readonly batchesPerEpoch: number;
  /** The epoch the next tick belongs to (= epochs when done). */
  readonly epoch: number;
  /** The tick within `epoch` coming next: batch `batch` of every run that has that many. */
  readonly batch: number;
  /** Ticks taken so far (every run's steps, with one batch size). */
  readonly steps: number;
  readonly done: boolean;
  readonly runs: readonly ExperimentRun[];
  /** One minibatch step for every run with a batch left in this epoch; a no-op once done. */
  step(): void;
  /** Steps to the end of the current epoch. */
  runEpoch(): void;
  run(): void;
}

function checkConfig(config: ExperimentConfig): void {
  const n = config.x.length;
  if (config.y.length !== n) throw new RangeError(`y has ${config.y.length} values for ${n} x values`);
  if (config.init.length !== PARAM_COUNT) throw new RangeError(`init must hold ${PARAM_COUNT} weights`);
  for (const b of [config.batchSize, ...config.runs.map((r) => r.batchSize ?? config.batchSize)]) {
    if (!(Number.isInteger(b) && b >= 1)) throw new RangeError('batchSize must be a positive integer');
  }
  if (config.orders.length < config.epochs) throw new RangeError(`${config.epochs} epochs need as many orders`);
  for (const order of config.orders) if (order.length !== n) throw new RangeError(`every order must list all ${n} points`);
}

/**
 * Trains one copy of the network per run from the same init on the same shuffled order, each run cut
 * into batches of its own size. Steppable by batch or epoch so a worker can report progress; every
 * result array is allocated up front.
 */
export function createExperiment(config: ExperimentConfig): Experiment {
  checkConfig(config);
  const { x, y, epochs, orders } = config;
  const n = x.length;
  const grad = new Float64Array(PARAM_COUNT);

  interface Live extends ExperimentRun {
    readonly kernel: StepKernel;
    readonly live: LiveParams;
    /** Stepped after every batch. */
    readonly perBatch: Scheduler | null;
    /** Stepped after every epoch. */
    readonly perEpoch: Scheduler | null;
    /**
     * Scheduler steps defined, and taken so far: a rule's schedule is the map's, not checked against
     * the experiment's length, so its OneCycleLR holds its last values past total_steps as on the map.
     */
    readonly scheduleEnd: number;
    taken: number;
  }
  const runs: Live[] = config.runs.map(({ optimizer, params, schedule = null, batchSize = config.batchSize }) => {
    const batchesPerEpoch = Math.ceil(n / batchSize);
    const totalSteps = epochs * batchesPerEpoch;
    const snapshots: Float64Array[] = [];
    for (let k = 0; k <= epochs; k++) snapshots.push(new Float64Array(PARAM_COUNT));
    snapshots[0].set(config.init);
    const { kernel, state, live, scheduler } = createScheduledRun(optimizer, params, schedule, PARAM_COUNT);
    return {
      optimizer,
      params,
      batchSize,
      batchesPerEpoch,
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
      scheduleEnd: schedule ? scheduleEnd(schedule) : Infinity,
      taken: 0,
    };
  });

  const batchesPerEpoch = Math.max(Math.ceil(n / config.batchSize), ...runs.map((r) => r.batchesPerEpoch));
  let epoch = 0;
  let batch = 0;
  // A rule's grad(E): the gradient of the step's own minibatch at the weights E, as a closure over
  // the batch the loop is on (set before each kernel call), so no run allocates per step.
  let batchOrder = orders[0];
  let batchOffset = 0;
  let batchCount = 0;
  const minibatchGradient: GradientOracle = (at, out) => void batchLossGrad(at, x, y, batchOrder, batchOffset, batchCount, out);

  const step = (): void => {
    if (epoch >= epochs) return;
    const order = orders[epoch];
    for (const r of runs) {
      if (batch >= r.batchesPerEpoch) continue;
      const offset = batch * r.batchSize;
      const count = Math.min(r.batchSize, n - offset);
      const slot = epoch * r.batchesPerEpoch + batch;
      const loss = batchLossGrad(r.weights, x, y, order, offset, count, grad);
      r.batchLoss[slot] = loss;
      r.lr[slot] = r.live.lr;
      if (r.momentum) r.momentum[slot] = r.live.momentum;
      batchOrder = order;
      batchOffset = offset;
      batchCount = count;
      r.kernel(r.weights, grad, r.state, r.live, minibatchGradient);
      if (r.perBatch && r.taken < r.scheduleEnd) {
        r.perBatch.step(r.live, loss);
        r.taken++;
      }
    }
    if (++batch < batchesPerEpoch) return;
    for (const r of runs) {
      const loss = fullLoss(r.weights, x, y);
      r.epochLoss[epoch] = loss;
      r.snapshots[epoch + 1].set(r.weights);
      if (r.perEpoch && r.taken < r.scheduleEnd) {
        r.perEpoch.step(r.live, loss);
        r.taken++;
      }
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
