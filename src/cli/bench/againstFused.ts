import { optimizerById } from '../../core/optimizers/registry.ts';
import { median } from '../timing.ts';
import { benchParams } from './benchParams.ts';
import { fusedReferences, type FusedRun } from './fusedReference.ts';
import { benchGroup, cpuMs, engineRun, startsFor, stepsFor } from './rosenbrockRuns.ts';
import { ParticleGroup } from '../../sim/ParticleGroup.ts';
import { rosenbrock } from '../../core/surfaces/rosenbrock.ts';

export interface FusedComparison {
  /** The engine's particle-steps per processor second. */
  readonly rate: number;
  /** Whether the engine stepped in wasm (then `jsRate` is its JavaScript kernels' rate, measured in the same turns). */
  readonly wasm: boolean;
  readonly jsRate: number;
  /** The hand-fused loop's. */
  readonly fusedRate: number;
  /** The engine's fraction of the fused rate: the median of the ratios of each pair of runs. */
  readonly ratio: number;
}

function sameBits(a: Float64Array, b: Float64Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/**
 * The engine against the hand-fused loop for the same optimizer, 10 000 particles on Rosenbrock,
 * timed in turns (engine, fused, the engine on its JavaScript kernels, engine, …) in processor time,
 * so neither a machine that drifts nor another process favours one of them. All must end on the same bits.
 */
export function againstFused(id: string): FusedComparison {
  const optimizer = optimizerById(id)!;
  const fused = fusedReferences[id];
  const count = 10_000;
  const starts = startsFor(count);
  const steps = stepsFor(count);
  const params = benchParams(optimizer);
  const group = benchGroup(optimizer, count);
  const js = new ParticleGroup(rosenbrock, optimizer, params, count, false);
  let run: FusedRun = fused(starts, params);
  const engineRep = () => engineRun(group, starts, steps);
  const jsRep = () => engineRun(js, starts, steps);
  const fusedRep = () => {
    run = fused(starts, params);
    for (let k = 0; k < steps; k++) run.step();
  };
  for (let k = 0; k < 3; k++) {
    engineRep();
    fusedRep();
    jsRep();
  }
  const engine: number[] = [];
  const hand: number[] = [];
  const kernels: number[] = [];
  for (let k = 0; k < 15; k++) {
    engine.push(cpuMs(engineRep));
    hand.push(cpuMs(fusedRep));
    kernels.push(cpuMs(jsRep));
  }
  const same = [group, js].every((g) => sameBits(g.pos, run.pos) && sameBits(g.prev, run.prev) && sameBits(g.grad, run.grad) && sameBits(g.loss, run.loss));
  if (!same) throw new Error(`bench: the fused ${id} loop and the engine disagree`);
  const rate = (ms: number) => Math.round((count * steps) / (ms / 1000));
  return {
    rate: rate(median(engine)),
    wasm: group.stepsInWasm,
    jsRate: rate(median(kernels)),
    fusedRate: rate(median(hand)),
    ratio: +median(engine.map((e, k) => hand[k] / e)).toFixed(3),
  };
}

/** The optimizers named in `ids` (all with a fused yardstick when empty), by id. */
export function allAgainstFused(ids: readonly string[] = []): Record<string, FusedComparison> {
  const out: Record<string, FusedComparison> = {};
  for (const id of Object.keys(fusedReferences)) if (ids.length === 0 || ids.includes(id)) out[id] = againstFused(id);
  return out;
}
