import { optimizers } from '../core/optimizers/registry.ts';
import { benchRule } from '../core/rules/benchRule.ts';
import { allAgainstFused } from './bench/againstFused.ts';
import { besideNumpy, numpyRates } from './bench/numpyRates.ts';
import { stepsPerSecond } from './bench/rosenbrockRuns.ts';
import { benchExperiment, benchSlice } from './benchMlp.ts';
import { benchBasins, benchExperimentParallel, benchSwarm } from './benchPool.ts';

/** Adam over 10 000 particles must reach this many particle-steps per second on one core. */
const ADAM_TARGET = 20e6;
/** The engine must reach this fraction of a hand-fused loop's rate. */
const FUSED_TARGET = 0.8;

const FUSED_UNIT =
  "rosenbrock, 10 000 particles: the engine's rate (in wasm where `wasm`), its JavaScript kernels' (jsRate) and a hand-fused JavaScript loop's in particle-steps per processor second, the engine's fraction of the fused rate (median of 15 turns); numpyRate is bench/numpy_torch.py's in the same run, overNumpy the engine's multiple of it";
const worstFusedOverTarget = (fused: ReturnType<typeof allAgainstFused>) => +(Math.min(...Object.values(fused).map((f) => f.ratio)) / FUSED_TARGET).toFixed(2);

/** `bench fused [id …]` measures the engine against the fused loops only (of the optimizers named): the figure to watch while tuning the engine. */
if (process.argv[2] === 'fused') {
  const fused = allAgainstFused(process.argv.slice(3));
  const numpy = numpyRates();
  const report = { unit: { fused: FUSED_UNIT }, fused: besideNumpy(fused, numpy), numpy, ratios: { worst_fused_ratio_over_target: worstFusedOverTarget(fused) } };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.exit(0);
}

const RULE_UNIT =
  "the gallery's Adam rule over 10 000 particles, particle-steps per processor second, against the built-in Adam (its WebAssembly step, and its JavaScript kernels) measured in turns";

/** `bench rule` measures the Adam rule against the built-in Adam only: the figure to watch while tuning the rule machine. */
if (process.argv[2] === 'rule') {
  const { adam } = benchRule((optimizer, wasm) => stepsPerSecond(optimizer, 10_000, wasm));
  process.stdout.write(`${JSON.stringify({ unit: { rule: RULE_UNIT }, steps: { rule: { adam } }, ratios: { rule_adam_n10000_over_builtin: adam.ratio } }, null, 2)}\n`);
  process.exit(0);
}

const steps: Record<string, { n1: number; n10000: number }> = {};
for (const optimizer of optimizers) {
  const n10000 = stepsPerSecond(optimizer, 10_000);
  steps[optimizer.id] = { n1: stepsPerSecond(optimizer, 1), n10000 };
}
const fused = allAgainstFused();
const numpy = numpyRates();
const rule = benchRule((optimizer, wasm) => stepsPerSecond(optimizer, 10_000, wasm));
const experiment = benchExperiment();
const slice128 = benchSlice();
// The one-thread swarm first, before the pool's threads start.
const swarm = benchSwarm();
const { parallelMs } = await benchExperimentParallel();
const basins = await benchBasins();

const report = {
  unit: {
    steps: 'particle-steps per processor second (median of 7 after warm-up)',
    fused: FUSED_UNIT,
    rule: RULE_UNIT,
    ms: 'milliseconds (median)',
    basins:
      "256×256 starts × 7 optimizers × 300 steps on rosenbrock through the worker pool: wall ms (median of 3), particle-steps per wall second, efficiency = that rate over workers × one worker's rate in the same run; controlEfficiency = the same ratio for threads of pure arithmetic (what the machine allows then)",
    swarm: 'particle-steps per wall second of 70 000 balls (10 000 per optimizer, seven) in one simulation with 16-point trails, one thread',
    parallelMs: 'the seven-optimizer experiment with one optimizer per task on the worker pool, wall ms',
  },
  steps: { ...steps, rule: { adam: rule.adam } },
  fused: besideNumpy(fused, numpy),
  numpy,
  experiment: { ...experiment, parallelMs },
  slice128,
  basins,
  swarm,
  ratios: {
    adam_n10000_over_target: +(steps.adam.n10000 / ADAM_TARGET).toFixed(2),
    adam_n10000_over_n1: +(steps.adam.n10000 / steps.adam.n1).toFixed(2),
    rule_adam_n10000_over_builtin: rule.adam.ratio,
    rule_adam_n10000_over_builtin_js: rule.adam.ratio_js,
    basins_ms_over_target: +(basins.ms / 2500).toFixed(2),
    basins_efficiency_over_target: +(basins.efficiency / 0.75).toFixed(2),
    experiment_over_pytorch: +(450 / experiment.ms).toFixed(1),
    experiment_parallel_over_pytorch: +(450 / parallelMs).toFixed(1),
    worst_fused_ratio_over_target: worstFusedOverTarget(fused),
  },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
