import { optimizerById, optimizers } from '../core/optimizers/registry.ts';
import type { Optimizer } from '../core/optimizers/Optimizer.ts';
import { createRandom } from '../core/random.ts';
import { rosenbrock } from '../core/surfaces/rosenbrock.ts';
import { ParticleGroup } from '../sim/ParticleGroup.ts';
import { DIVERGED } from '../sim/status.ts';
import { benchRule } from '../core/rules/benchRule.ts';
import { benchParams } from './bench/benchParams.ts';
import { fusedReferences, type FusedRun } from './bench/fusedReference.ts';
import { benchExperiment, benchSlice } from './benchMlp.ts';
import { benchBasins, benchExperimentParallel, benchSwarm } from './benchPool.ts';
import { median } from './timing.ts';

/** Adam over 10 000 particles must reach this many particle-steps per second on one core. */
const ADAM_TARGET = 20e6;
/** The engine must reach this fraction of a hand-fused loop's rate. */
const FUSED_TARGET = 0.8;


function startsFor(count: number): Float64Array {
  const random = createRandom(7);
  const starts = new Float64Array(2 * count);
  for (let i = 0; i < starts.length; i += 2) {
    starts[i] = -1.2 + 0.2 * random.next();
    starts[i + 1] = 1 + 0.2 * random.next();
  }
  return starts;
}

/** About two million particle-steps per repetition, whatever the count. */
const stepsFor = (count: number) => Math.max(20, Math.round(2e6 / count));

/** One repetition of the engine: place, then step; returns the group to check. */
function engineRun(optimizer: Optimizer, starts: Float64Array, steps: number, group = new ParticleGroup(rosenbrock, optimizer, benchParams(optimizer), starts.length / 2)) {
  const random = createRandom(7);
  group.place(starts);
  for (let k = 0; k < steps; k++) group.step(0, random);
  if (group.status.includes(DIVERGED)) throw new Error(`bench: ${optimizer.id} diverged on rosenbrock`);
  return group;
}

/** Processor milliseconds (user and system) of one call: unlike the wall clock, other processes on the machine do not add to it. */
function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

function stepsPerSecond(optimizer: Optimizer, count: number): number {
  const starts = startsFor(count);
  const steps = stepsFor(count);
  const group = new ParticleGroup(rosenbrock, optimizer, benchParams(optimizer), count);
  const rep = () => engineRun(optimizer, starts, steps, group);
  for (let k = 0; k < 2; k++) rep();
  const ms = Array.from({ length: 7 }, () => cpuMs(rep));
  return Math.round((count * steps) / (median(ms) / 1000));
}

function sameBits(a: Float64Array, b: Float64Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/**
 * The engine against the hand-fused loop for the same optimizer, 10 000 particles on Rosenbrock,
 * timed in turns (engine, fused, engine, …) in processor time, so neither a machine that drifts nor
 * another process favours one of them; the ratio is the median of the ratios of each pair. Both must
 * end on the same bits.
 */
function againstFused(id: string) {
  const optimizer = optimizerById(id)!;
  const fused = fusedReferences[id];
  const count = 10_000;
  const starts = startsFor(count);
  const steps = stepsFor(count);
  const params = benchParams(optimizer);
  const group = new ParticleGroup(rosenbrock, optimizer, params, count);
  let run: FusedRun = fused(starts, params);
  const engineRep = () => engineRun(optimizer, starts, steps, group);
  const fusedRep = () => {
    run = fused(starts, params);
    for (let k = 0; k < steps; k++) run.step();
  };
  for (let k = 0; k < 3; k++) {
    engineRep();
    fusedRep();
  }
  const engine: number[] = [];
  const hand: number[] = [];
  for (let k = 0; k < 15; k++) {
    engine.push(cpuMs(engineRep));
    hand.push(cpuMs(fusedRep));
  }
  const same = sameBits(group.pos, run.pos) && sameBits(group.prev, run.prev) && sameBits(group.grad, run.grad) && sameBits(group.loss, run.loss);
  if (!same) throw new Error(`bench: the fused ${id} loop and the engine disagree`);
  const rate = (ms: number) => Math.round((count * steps) / (ms / 1000));
  return {
    rate: rate(median(engine)),
    fusedRate: rate(median(hand)),
    ratio: +median(engine.map((e, k) => hand[k] / e)).toFixed(3),
  };
}

const steps: Record<string, { n1: number; n10000: number }> = {};
for (const optimizer of optimizers) {
  const n10000 = stepsPerSecond(optimizer, 10_000);
  steps[optimizer.id] = { n1: stepsPerSecond(optimizer, 1), n10000 };
}
const fused: Record<string, { rate: number; fusedRate: number; ratio: number }> = {};
for (const id of Object.keys(fusedReferences)) fused[id] = againstFused(id);
const rule = benchRule((optimizer) => stepsPerSecond(optimizer, 10_000));
const experiment = benchExperiment();
const slice128 = benchSlice();
// The one-thread swarm first, before the pool's threads start.
const swarm = benchSwarm();
const basins = await benchBasins();
const { parallelMs } = await benchExperimentParallel();

const report = {
  unit: {
    steps: 'particle-steps per processor second (median of 7 after warm-up)',
    fused: 'rosenbrock, 10 000 particles: the engine\'s rate and a hand-fused loop\'s in particle-steps per processor second, and the engine\'s fraction of the fused rate (median of 15 pairs)',
    rule: 'the gallery\'s Adam rule over 10 000 particles, particle-steps per processor second, against the built-in Adam measured in turns',
    ms: 'milliseconds (median)',
    basins: '256×256 starts × 7 optimizers × 300 steps on rosenbrock through the worker pool: wall ms (median of 3), particle-steps per wall second, efficiency = that rate over workers × one worker\'s rate in the same run; controlEfficiency = the same ratio for threads of pure arithmetic (what the machine allows then)',
    swarm: 'particle-steps per wall second of 70 000 balls (10 000 per optimizer, seven) in one simulation with 16-point trails, one thread',
    parallelMs: 'the seven-optimizer experiment with one optimizer per task on the worker pool, wall ms',
  },
  steps: { ...steps, rule: { adam: rule.adam } },
  fused,
  experiment: { ...experiment, parallelMs },
  slice128,
  basins,
  swarm,
  ratios: {
    adam_n10000_over_target: +(steps.adam.n10000 / ADAM_TARGET).toFixed(2),
    adam_n10000_over_n1: +(steps.adam.n10000 / steps.adam.n1).toFixed(2),
    rule_adam_n10000_over_builtin: rule.adam.ratio,
    basins_ms_over_target: +(basins.ms / 2500).toFixed(2),
    basins_efficiency_over_target: +(basins.efficiency / 0.75).toFixed(2),
    experiment_over_pytorch: +(450 / experiment.ms).toFixed(1),
    experiment_parallel_over_pytorch: +(450 / parallelMs).toFixed(1),
    worst_fused_ratio_over_target: +(Math.min(...Object.values(fused).map((f) => f.ratio)) / FUSED_TARGET).toFixed(2),
  },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
