import { createSetupExperiment, setupExperiment, type ExperimentDocument, type ExperimentSetup } from '../core/formats/experiment.ts';

/**
 * Run `index` of an experiment document: a pool task. The document travels whole (a few hundred
 * bytes when data, init and order come from its seed) and each worker sets it up once, keeping the
 * last one, so the data, initial weights and batch order are made once per worker, not per task.
 */
export interface ExperimentRunTask {
  readonly type: 'experiment-run';
  readonly document: ExperimentDocument;
  readonly index: number;
}

export interface ExperimentRunResult {
  readonly batchLoss: Float64Array;
  readonly epochLoss: Float64Array;
  readonly lr: Float64Array;
  readonly weights: Float64Array;
}

/**
 * One task per run. Runs never read each other's weights, so a run trained alone on the shared data,
 * init and orders is the same run as inside the whole experiment.
 */
export function experimentRunTasks(document: ExperimentDocument): ExperimentRunTask[] {
  return document.runs.map((_, index) => ({ type: 'experiment-run', document, index }));
}

let cachedKey = '';
let cached: ExperimentSetup | null = null;

function setupOf(document: ExperimentDocument): ExperimentSetup {
  const key = JSON.stringify(document);
  if (key !== cachedKey || !cached) {
    cached = setupExperiment(document);
    cachedKey = key;
  }
  return cached;
}

/** Trains the task's one run to the end. setupExperiment checks the document as it would a file's. */
export function runExperimentRunTask(task: ExperimentRunTask): ExperimentRunResult {
  const setup = setupOf(task.document);
  if (!(Number.isInteger(task.index) && task.index >= 0 && task.index < setup.runs.length)) throw new RangeError(`no run ${task.index}`);
  const experiment = createSetupExperiment({ ...setup, runs: [setup.runs[task.index]] });
  experiment.run();
  const { batchLoss, epochLoss, lr, weights } = experiment.runs[0];
  // Every experiment allocates its own result arrays, so handing them over takes nothing from the cache.
  return { batchLoss, epochLoss, lr, weights };
}
