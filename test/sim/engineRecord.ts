import { createHash, type Hash } from 'node:crypto';
import { createSetupExperiment, parseExperimentDocument, setupExperiment } from '../../src/core/formats/experiment.ts';
import { createNetworkSurface, DEFAULT_NETWORK } from '../../src/core/mlp/networkSurface.ts';
import { createState, liveParams, type Optimizer, type ParamValue, type Params } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById, optimizers } from '../../src/core/optimizers/registry.ts';
import { resolveParams } from '../../src/core/optimizers/resolveParams.ts';
import { createRandom } from '../../src/core/random.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import type { Surface } from '../../src/core/surfaces/Surface.ts';
import { runTrace } from '../../src/core/trace.ts';
import { Simulation } from '../../src/sim/Simulation.ts';
import { goldenTraces, type GoldenCase } from '../core/goldenTraces.ts';

/**
 * Fingerprints of everything the particle engine exposes, step by step, over the golden cases run
 * as single balls and as swarms (spread starts, gradient noise, learning rates large enough that
 * some particles diverge), and over the experiment's 61-weight runs. The fingerprints are SHA-256
 * digests of the raw float64 bytes, so they tell apart even 0 and -0: equal digests mean
 * bit-identical results.
 */
export interface EngineRecord {
  /** runTrace's trajectory of each golden case. */
  traces: Record<string, string>;
  /** A one-ball Simulation of each golden case: pos, prev, grad, loss, steps, status after every tick. */
  balls: Record<string, string>;
  /** 12-particle swarms of each golden case, some noisy and some diverging. */
  swarms: Record<string, string>;
  /** How many swarm particles ended diverged, so the record is known to cover divergence. */
  diverged: number;
  /** Final weights and batch losses of the experiment's default runs. */
  experiment: string;
  /** Final positions of small swarms on the network surfaces (compared to a tolerance, not bit for bit). */
  network: Record<string, number[]>;
  /**
   * Every kernel variant (kernelVariants) stepping one vector of odd length, with lr and momentum
   * changed between steps as a schedule does: theta and every state slot after every step.
   */
  kernels: Record<string, string>;
}

function bytes(hash: Hash, values: ArrayLike<number>): void {
  hash.update(new Uint8Array(Float64Array.from(values).buffer));
}

function paramsOf(c: GoldenCase, scale = 1): Params {
  const optimizer = optimizerById(c.optimizer)!;
  const resolved = resolveParams(optimizer, c.params);
  if (!resolved.ok) throw new Error(resolved.error);
  return { ...resolved.params, lr: (resolved.params.lr as number) * scale };
}

/** Ticks a simulation, hashing every buffer of every group after each tick. */
function runHashed(sim: Simulation, steps: number): string {
  const hash = createHash('sha256');
  const take = () => {
    for (const { group } of sim.tracks) {
      bytes(hash, group.pos);
      bytes(hash, group.prev);
      bytes(hash, group.grad);
      bytes(hash, group.loss);
      bytes(hash, group.steps);
      bytes(hash, group.status);
    }
  };
  take();
  for (let k = 0; k < steps; k++) {
    sim.tick(1);
    take();
  }
  return hash.digest('hex');
}

function simulate(surface: Surface, c: GoldenCase, extra: { particles?: number; spread?: number; noise?: number; seed?: number }, scale = 1) {
  return new Simulation({
    surface,
    start: c.start,
    groups: [{ optimizer: optimizerById(c.optimizer)!, params: paramsOf(c, scale) }],
    trailLength: 8,
    ...extra,
  });
}

export function recordEngine(): EngineRecord {
  const record: EngineRecord = { traces: {}, balls: {}, swarms: {}, diverged: 0, experiment: '', network: {}, kernels: recordKernels() };
  goldenTraces.cases.forEach((c, index) => {
    const surface = surfaceById(c.surface)!;
    const trace = createHash('sha256');
    bytes(trace, runTrace(surface, optimizerById(c.optimizer)!, paramsOf(c), c.start, c.steps).flat());
    record.traces[c.id] = trace.digest('hex');
    record.balls[c.id] = runHashed(simulate(surface, c, {}), c.steps);
    // Every third swarm is noisy; every other one takes a learning rate 30 times larger, which blows some particles up.
    const noise = index % 3 === 0 ? 0.5 : 0;
    const scale = index % 2 === 0 ? 30 : 1;
    // The runaway rule came after this record: an unbounded view keeps it from stopping anyone early.
    const unbounded = { ...surface, view: { x: [-1e300, 1e300], y: [-1e300, 1e300] } } as const;
    const swarm = simulate(unbounded, c, { particles: 12, spread: 1.5, noise, seed: index + 1 }, scale);
    record.swarms[c.id] = runHashed(swarm, Math.min(c.steps, 150));
    record.diverged += swarm.particles().filter((p) => p.status === 'diverged').length;
  });

  const doc = parseExperimentDocument({ format: 'mlp-experiment/1', seed: 3, hidden: 20, epochs: 2, batchSize: 32 });
  const experiment = createSetupExperiment(setupExperiment(doc));
  const hash = createHash('sha256');
  experiment.run();
  for (const run of experiment.runs) {
    bytes(hash, run.weights);
    bytes(hash, run.batchLoss);
  }
  record.experiment = hash.digest('hex');

  const adam = optimizerById('adam')!;
  for (const [name, id, batch] of [
    ['slice', 'mlp-slice', 0],
    ['slice-batch16', 'mlp-slice', 16],
    ['directions', 'mlp-directions', 0],
  ] as const) {
    const surface = createNetworkSurface(id, { ...DEFAULT_NETWORK, batch });
    const sim = new Simulation({
      surface,
      start: surface.start,
      groups: [{ optimizer: adam, params: { ...defaultsOf('adam'), lr: 0.02 } }],
      particles: 6,
      spread: 0.3,
      seed: 2,
    });
    sim.tick(40);
    record.network[name] = sim.particles().flatMap((p) => [p.x, p.y, p.loss]);
  }
  return record;
}

/**
 * Each optimizer's params with every combination of the options that pick a kernel (booleans, and
 * numbers whose 0 switches a term off) flipped from their defaults; combinations the optimizer
 * refuses are left out. Keyed `optimizer` for the defaults and `optimizer:name,name` for the others.
 */
export function kernelVariants(): Record<string, { optimizer: Optimizer; params: Params }> {
  const out: Record<string, { optimizer: Optimizer; params: Params }> = {};
  for (const optimizer of optimizers) {
    const defaults = defaultsOf(optimizer.id);
    const switches = optimizer.hyperparameters.filter((h) => h.kind === 'boolean' || (h.kind === 'number' && SWITCHES.includes(h.name)));
    const flip = (params: Record<string, ParamValue>, name: string) => {
      const value = params[name];
      params[name] = typeof value === 'boolean' ? !value : value === 0 ? 0.1 : 0;
    };
    for (let mask = 0; mask < 1 << switches.length; mask++) {
      const names = switches.filter((_, k) => mask & (1 << k)).map((h) => h.name);
      const params = { ...defaults };
      for (const name of names) flip(params, name);
      const resolved = resolveParams(optimizer, params);
      if (resolved.ok) out[names.length ? `${optimizer.id}:${names.join(',')}` : optimizer.id] = { optimizer, params: resolved.params };
    }
  }
  return out;
}

/** The number options whose 0 leaves a term out of the update. */
const SWITCHES = ['weight_decay', 'momentum', 'dampening', 'lr_decay', 'initial_accumulator_value', 'momentum_decay'];

/** 61 coordinates, as many as the experiment's network has: odd, so a kernel that takes coordinates in pairs meets its last one alone. */
const KERNEL_LENGTH = 61;

function recordKernels(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, { optimizer, params }] of Object.entries(kernelVariants())) {
    const kernel = optimizer.kernel(params);
    const state = createState(optimizer, KERNEL_LENGTH);
    const live = liveParams(params);
    const random = createRandom(KERNEL_LENGTH);
    const theta = Float64Array.from({ length: KERNEL_LENGTH }, () => random.normal());
    const grad = new Float64Array(KERNEL_LENGTH);
    const hash = createHash('sha256');
    for (let t = 0; t < 60; t++) {
      // A pull towards 0 plus noise: gradients of both signs and many sizes, some exactly 0.
      for (let i = 0; i < KERNEL_LENGTH; i++) grad[i] = i % 17 === 0 ? 0 : theta[i] + 0.3 * random.normal();
      // As a schedule would: the lr wanders and the momentum (or beta1) moves between steps.
      live.lr = (params.lr as number) * (1 + 0.5 * Math.sin(t));
      if (live.momentum > 0) live.momentum = Math.min(0.95, live.momentum * (1 + 0.01 * Math.cos(t)));
      kernel(theta, grad, state, live);
      bytes(hash, theta);
      for (const slot of state.slots) bytes(hash, slot);
      bytes(hash, state.scalars);
    }
    out[key] = hash.digest('hex');
  }
  return out;
}

function defaultsOf(id: string): Params {
  const resolved = resolveParams(optimizerById(id)!, {});
  if (!resolved.ok) throw new Error(resolved.error);
  return resolved.params;
}
