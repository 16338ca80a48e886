import { parseExperimentDocument, setupExperiment, withResults, createSetupExperiment, type ExperimentSetup } from '../../core/formats/experiment.ts';
import type { ExperimentDocument } from '../../core/formats/experimentDocument.ts';
import { enabledRuns } from '../../core/mlp/enabledRuns.ts';
import { HIDDEN } from '../../core/mlp/layout.ts';
import type { AppState } from '../../state/AppState.ts';

/** The panel's settings as a complete experiment (data, initial weights and orders generated from its seed). */
export function experimentSetupOf(settings: AppState['experiment']): ExperimentSetup {
  const runs = settings.runs.length ? settings.runs : enabledRuns(settings.optimizers);
  const { seed, epochs, batchSize, points, noise } = settings;
  return setupExperiment(parseExperimentDocument({ format: 'mlp-experiment/1', seed, hidden: HIDDEN, epochs, batchSize, points, noise, runs }));
}

/**
 * The panel's experiment trained here and now: the same core code as the panel's worker, so the same
 * numbers, and quick (the default seven runs take about a tenth of a second).
 */
export function trainedExperiment(settings: AppState['experiment']): ExperimentDocument {
  const setup = experimentSetupOf(settings);
  const experiment = createSetupExperiment(setup);
  experiment.run();
  return withResults(setup, experiment);
}
