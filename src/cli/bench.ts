import { optimizers } from '../core/optimizers/registry.ts';
import { defaultParams, type Optimizer } from '../core/optimizers/Optimizer.ts';
import { createRandom } from '../core/random.ts';
import { rosenbrock } from '../core/surfaces/rosenbrock.ts';
import { ParticleGroup } from '../sim/ParticleGroup.ts';
import { DIVERGED } from '../sim/status.ts';
import { benchExperiment, benchSlice } from './benchMlp.ts';
import { median, timeRepeated } from './timing.ts';

/** Adam over 10 000 particles must reach this many particle-steps per second on one core. */
const ADAM_TARGET = 20e6;

/** Momentum methods with PyTorch's lr overshoot rosenbrock's walls; a calmer lr keeps every particle alive. */
function benchParams(optimizer: Optimizer) {
  const params = defaultParams(optimizer);
  if ('momentum' in params || optimizer.id === 'sgd') params.lr = 2e-4;
  return params;
}

function stepsPerSecond(optimizer: Optimizer, count: number): number {
  const group = new ParticleGroup(rosenbrock, optimizer, benchParams(optimizer), count);
  const random = createRandom(7);
  const starts = new Float64Array(2 * count);
  for (let i = 0; i < starts.length; i += 2) {
    starts[i] = -1.2 + 0.2 * random.next();
    starts[i + 1] = 1 + 0.2 * random.next();
  }
  // About two million particle-steps per repetition, whatever the count.
  const steps = Math.max(20, Math.round(2e6 / count));
  const ms = timeRepeated(() => {
    group.place(starts);
    for (let k = 0; k < steps; k++) group.step(0, random);
  }, { warmup: 2, repeats: 7 });
  if (group.status.includes(DIVERGED)) throw new Error(`bench: ${optimizer.id} diverged on rosenbrock`);
  return Math.round((count * steps) / (median(ms) / 1000));
}

const steps: Record<string, { n1: number; n10000: number }> = {};
for (const optimizer of optimizers) {
  steps[optimizer.id] = { n1: stepsPerSecond(optimizer, 1), n10000: stepsPerSecond(optimizer, 10_000) };
}
const experiment = benchExperiment();
const slice128 = benchSlice();

const report = {
  unit: { steps: 'particle-steps per second (median of 7 after warm-up)', ms: 'milliseconds (median)' },
  steps,
  experiment,
  slice128,
  ratios: {
    adam_n10000_over_target: +(steps.adam.n10000 / ADAM_TARGET).toFixed(2),
    adam_n10000_over_n1: +(steps.adam.n10000 / steps.adam.n1).toFixed(2),
  },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
