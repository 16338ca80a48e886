import { createSetupExperiment, parseExperimentDocument, setupExperiment, withResults } from '../formats/experiment.ts';
import {
  EXPERIMENT_BATCH_SIZE,
  EXPERIMENT_EPOCHS,
  FIT_POINTS,
  type ExperimentDataMessage,
  type ExperimentDoneMessage,
  type ExperimentProgressMessage,
  type ExperimentRequest,
} from './experimentMessages.ts';
import { HIDDEN } from './layout.ts';
import { linspace } from './linspace.ts';
import { predict } from './predict.ts';

/** One requested experiment, trained an epoch at a time so a host can report progress between epochs. */
export interface ExperimentSession {
  readonly done: boolean;
  /** The data, the curve grid and the shape of the run; fresh copies each call. */
  data(): ExperimentDataMessage;
  /** Trains one more epoch of every run and reports the losses so far and the current fits. */
  step(): ExperimentProgressMessage;
  /** The complete mlp-experiment/1 document, as runExperimentDocument returns it. */
  result(): ExperimentDoneMessage;
}

/** Throws InputError (one line naming the field) if the request's shape or runs are not valid. */
export function createExperimentSession(request: ExperimentRequest): ExperimentSession {
  const { id } = request;
  const setup = setupExperiment(
    parseExperimentDocument({
      format: 'mlp-experiment/1',
      seed: request.seed,
      hidden: HIDDEN,
      epochs: request.epochs ?? EXPERIMENT_EPOCHS,
      batchSize: request.batchSize ?? EXPERIMENT_BATCH_SIZE,
      points: request.points,
      noise: request.noise,
      runs: request.runs,
    }),
  );
  const experiment = createSetupExperiment(setup);
  const { epochs, batchesPerEpoch } = experiment;
  const fitX = linspace(-1, 1, FIT_POINTS);

  return {
    get done() {
      return experiment.done;
    },
    data: () => ({
      type: 'data',
      id,
      x: setup.x.slice(),
      y: setup.y.slice(),
      fitX: fitX.slice(),
      epochs,
      batchesPerEpoch,
      runBatches: experiment.runs.map((r) => r.batchesPerEpoch),
    }),
    step() {
      experiment.runEpoch();
      const { epoch, runs } = experiment;
      return {
        type: 'progress',
        id,
        epoch,
        epochs,
        batchLoss: runs.map((r) => r.batchLoss.slice(0, epoch * r.batchesPerEpoch)),
        epochLoss: runs.map((r) => r.epochLoss.slice(0, epoch)),
        lr: runs.map((r) => r.lr.slice(0, epoch * r.batchesPerEpoch)),
        fit: runs.map((r) => predict(r.weights, fitX, new Float64Array(FIT_POINTS))),
      };
    },
    result() {
      experiment.run();
      return { type: 'done', id, document: withResults(setup, experiment) };
    },
  };
}
