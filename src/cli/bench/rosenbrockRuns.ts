import type { Optimizer } from '../../core/optimizers/Optimizer.ts';
import { createRandom } from '../../core/random.ts';
import { rosenbrock } from '../../core/surfaces/rosenbrock.ts';
import { ParticleGroup } from '../../sim/ParticleGroup.ts';
import { DIVERGED } from '../../sim/status.ts';
import { median } from '../timing.ts';
import { benchParams } from './benchParams.ts';

/** The same spread of starts on Rosenbrock's left wall for every run of a given count. */
export function startsFor(count: number): Float64Array {
  const random = createRandom(7);
  const starts = new Float64Array(2 * count);
  for (let i = 0; i < starts.length; i += 2) {
    starts[i] = -1.2 + 0.2 * random.next();
    starts[i + 1] = 1 + 0.2 * random.next();
  }
  return starts;
}

/** About two million particle-steps per repetition, whatever the count. */
export const stepsFor = (count: number) => Math.max(20, Math.round(2e6 / count));

/** A group of `count` particles of the optimizer on Rosenbrock, with the benchmark's params. */
/** `wasm: false` keeps the group on its JavaScript kernels. */
export const benchGroup = (optimizer: Optimizer, count: number, wasm = true) => new ParticleGroup(rosenbrock, optimizer, benchParams(optimizer), count, wasm);

/** One repetition of the engine: place, then step; returns the group to check. */
export function engineRun(group: ParticleGroup, starts: Float64Array, steps: number): ParticleGroup {
  const random = createRandom(7);
  group.place(starts);
  for (let k = 0; k < steps; k++) group.step(0, random);
  if (group.status.includes(DIVERGED)) throw new Error(`bench: ${group.optimizer.id} diverged on rosenbrock`);
  return group;
}

/** Processor milliseconds (user and system) of one call: unlike the wall clock, other processes on the machine do not add to it. */
export function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

/** Particle-steps per processor second of the optimizer over `count` particles (median of 7 after warm-up). */
export function stepsPerSecond(optimizer: Optimizer, count: number, wasm = true): number {
  const starts = startsFor(count);
  const steps = stepsFor(count);
  const group = benchGroup(optimizer, count, wasm);
  const rep = () => engineRun(group, starts, steps);
  for (let k = 0; k < 2; k++) rep();
  const ms = Array.from({ length: 7 }, () => cpuMs(rep));
  return Math.round((count * steps) / (median(ms) / 1000));
}
