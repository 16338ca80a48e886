import { createHash, type Hash } from 'node:crypto';
import { createSetupExperiment, parseExperimentDocument, setupExperiment } from '../../src/core/formats/experiment.ts';
import { createNetworkSurface, DEFAULT_NETWORK } from '../../src/core/mlp/networkSurface.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { resolveParams } from '../../src/core/optimizers/resolveParams.ts';
import type { Params } from '../../src/core/optimizers/Optimizer.ts';
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
  const record: EngineRecord = { traces: {}, balls: {}, swarms: {}, diverged: 0, experiment: '', network: {} };
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
  for (const [name, id, batch] of [['slice', 'mlp-slice', 0], ['slice-batch16', 'mlp-slice', 16], ['directions', 'mlp-directions', 0]] as const) {
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

function defaultsOf(id: string): Params {
  const resolved = resolveParams(optimizerById(id)!, {});
  if (!resolved.ok) throw new Error(resolved.error);
  return resolved.params;
}
