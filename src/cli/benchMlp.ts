import { runExperimentDocument, setupExperiment, createSetupExperiment } from '../core/formats/experiment.ts';
import { parseExperimentDocument } from '../core/formats/experiment.ts';
import { sampleGrid } from '../core/grid.ts';
import { createSliceSurface } from '../core/mlp/sliceSurface.ts';
import { median, timeRepeated } from './timing.ts';

export function benchExperiment() { return { ms: 0 }; }
export function benchSlice() { return { ms: 0 }; }
void runExperimentDocument; void setupExperiment; void createSetupExperiment; void parseExperimentDocument; void sampleGrid; void createSliceSurface; void median; void timeRepeated;
