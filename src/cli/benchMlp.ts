import { createSetupExperiment, parseExperimentDocument, setupExperiment } from '../core/formats/experiment.ts';
import { sampleGrid } from '../core/grid.ts';
import { createSliceSurface } from '../core/mlp/sliceSurface.ts';
import { median, timeRepeated } from './timing.ts';

/** The panel's experiment: seven optimizers, 12 epochs of 1000 points in batches of 32 (or of batchSize). */
function setup(batchSize = 32) {
  return setupExperiment(parseExperimentDocument({ format: 'mlp-experiment/1', seed: 1, hidden: 20, epochs: 12, batchSize }));
}

/**
 * Training only: data, initial weights and batch order are made once, as the panel's worker does.
 * `sgdBatch1` is stochastic gradient descent proper, batch size 1: 12 000 steps per optimizer.
 */
export function benchExperiment(): { ms: number; sgdBatch1: { ms: number } } {
  const s = setup();
  const ms = timeRepeated(() => createSetupExperiment(s).run(), { warmup: 5, repeats: 21 });
  const single = setup(1);
  const msBatch1 = timeRepeated(() => createSetupExperiment(single).run(), { warmup: 2, repeats: 7 });
  return { ms: +median(ms).toFixed(2), sgdBatch1: { ms: +median(msBatch1).toFixed(2) } };
}

/** A 128×128 contour grid of the loss over two weights in different units, the other 59 frozen. */
export function benchSlice(): { ms: number } {
  const s = setup();
  const surface = createSliceSurface({ x: s.x, y: s.y, base: s.init, params: ['w1[3]', 'w2[7]'] });
  const out = new Float64Array(128 * 128);
  const ms = timeRepeated(() => sampleGrid(surface, surface.view, 128, 128, out), { warmup: 3, repeats: 11 });
  return { ms: +median(ms).toFixed(2) };
}
