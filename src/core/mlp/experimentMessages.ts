import type { ExperimentDocument } from '../formats/experimentDocument.ts';
import type { ParamValue } from '../optimizers/Optimizer.ts';
import type { RunSchedule } from './experiment.ts';

/** The protocol between the experiment panel and its Web Worker. */

/** The classic tutorial's shape: 12 epochs of minibatches of 32 on the 1-20-1 network. */
export const EXPERIMENT_EPOCHS = 12;
export const EXPERIMENT_BATCH_SIZE = 32;
/** Points of each fitted curve across the data's [-1, 1]: smooth at panel size, cheap to send. */
export const FIT_POINTS = 121;

export interface RunRequest {
  /** A built-in's id, or the name of the run of `rule`. */
  optimizer: string;
  /** An update rule trained in place of a built-in (see resolveRunOptimizer). */
  rule?: string;
  params: Record<string, ParamValue>;
  schedule?: RunSchedule;
  /** This run's minibatch size, when it is not the request's. */
  batchSize?: number;
}

/**
 * Panel → worker. A newer request abandons the one in progress. The shape of the experiment is the
 * tutorial's unless given: 12 epochs, batches of 32 (1 is stochastic gradient descent, the number of
 * points full-batch descent), 1000 points with label noise 0.1.
 */
export interface ExperimentRequest {
  type: 'run';
  id: number;
  seed: number;
  runs: RunRequest[];
  epochs?: number;
  batchSize?: number;
  points?: number;
  noise?: number;
}

/** Sent once per run, before any progress: what the scatter and the chart axes need. */
export interface ExperimentDataMessage {
  type: 'data';
  id: number;
  x: Float64Array;
  y: Float64Array;
  /** Where the fitted curves of every progress message are evaluated. */
  fitX: Float64Array;
  epochs: number;
  /** The most batches a run has per epoch. */
  batchesPerEpoch: number;
  /** Each run's batches per epoch (they differ when the runs' batch sizes do). */
  runBatches: number[];
}

/** Sent after every epoch; arrays are indexed like the request's runs. */
export interface ExperimentProgressMessage {
  type: 'progress';
  id: number;
  /** Epochs finished. */
  epoch: number;
  epochs: number;
  /** Minibatch losses of the steps taken so far (epoch × that run's batches per epoch values each). */
  batchLoss: Float64Array[];
  /** Full-data losses of the epochs finished so far. */
  epochLoss: Float64Array[];
  /** The lr each step so far used, like batchLoss (constant without a schedule). */
  lr: Float64Array[];
  /** The network's output at fitX with the current weights. */
  fit: Float64Array[];
}

export interface ExperimentDoneMessage {
  type: 'done';
  id: number;
  document: ExperimentDocument;
}

export interface ExperimentErrorMessage {
  type: 'error';
  id: number;
  message: string;
}

export type ExperimentResponse = ExperimentDataMessage | ExperimentProgressMessage | ExperimentDoneMessage | ExperimentErrorMessage;
