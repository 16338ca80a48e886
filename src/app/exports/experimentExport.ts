import { parseExperimentDocument, setupExperiment, withResults, createSetupExperiment, type ExperimentSetup } from '../../core/formats/experiment.ts';
import type { ExperimentDocument } from '../../core/formats/experimentDocument.ts';
import { HIDDEN } from '../../core/mlp/layout.ts';
import type { AppState } from '../../state/AppState.ts';
import { experimentRuns } from '../../state/experimentRuns.ts';

/**
 * The panel's experiment, complete (data, initial weights and orders generated from its seed): its
 * runs and the rules of "My optimizers" training beside them.
 */
export function experimentSetupOf(state: Pick<AppState, 'experiment' | 'rules'>): ExperimentSetup {
  const runs = experimentRuns(state);
  const { seed, epochs, batchSize, points, noise } = state.experiment;
  return setupExperiment(parseExperimentDocument({ format: 'mlp-experiment/1', seed, hidden: HIDDEN, epochs, batchSize, points, noise, runs }));
}

/**
 * The panel's experiment trained here and now: the same core code as the panel's worker, so the same
 * numbers, and quick (the default seven runs take about a tenth of a second).
 */
export function trainedExperiment(state: Pick<AppState, 'experiment' | 'rules'>): ExperimentDocument {
  const setup = experimentSetupOf(state);
  const experiment = createSetupExperiment(setup);
  experiment.run();
  return withResults(setup, experiment);
}
