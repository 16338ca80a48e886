import { InputError } from '../../core/InputError.ts';
import type { Optimizer, Params } from '../../core/optimizers/Optimizer.ts';
import { resolveOptimizer, resolveParamsOrThrow } from '../../core/optimizers/resolveOptimizer.ts';
import { createRandom } from '../../core/random.ts';
import { resolveSurface } from '../../core/resolveSurface.ts';
import type { Surface, View } from '../../core/surfaces/Surface.ts';
import type { Layout } from '../../sim/layout.ts';
import { runSwarm } from '../../sim/swarmRun.ts';
import { swarmSummary } from '../../sim/swarmSummary.ts';
import { parseFlags, parseNumberFlag, parsePointFlag } from '../args.ts';
import { parseJsonText, type Io } from '../io.ts';

/** Particle-steps one command may ask for: a few seconds of one core. */
export const MAX_PARTICLE_STEPS = 2e9;
/** Balls in one swarm: its buffers stay under a hundred megabytes, even for --steps 0. */
export const MAX_SWARM = 1_000_000;

export interface RunFlags {
  surface?: string;
  optimizer?: string;
  params?: string;
  steps?: string;
}

/** The surface, optimizer, params and step budget that `swarm` and `basins` both take. */
export function resolveRun(command: string, flags: RunFlags, defaultSteps: number): { surface: Surface; optimizer: Optimizer; params: Params; steps: number } {
  if (flags.surface === undefined) throw new InputError(`${command}: --surface is required`);
  if (flags.optimizer === undefined) throw new InputError(`${command}: --optimizer is required`);
  const surface = resolveSurface(flags.surface, '--surface');
  const optimizer = resolveOptimizer(flags.optimizer, '--optimizer');
  const params = resolveParamsOrThrow(optimizer, flags.params === undefined ? {} : parseJsonText(flags.params, '--params'), '--params');
  const steps = flags.steps === undefined ? defaultSteps : parseNumberFlag('steps', flags.steps, { integer: true, min: 0 });
  return { surface, optimizer, params, steps };
}

export function parseView(text: string): View {
  const v = text.split(',').map(Number);
  const ok = v.length === 4 && text.split(',').every((p) => p.trim() !== '') && v.every(Number.isFinite) && v[0] < v[1] && v[2] < v[3];
  if (!ok) throw new InputError(`--view must be four finite numbers "X0,X1,Y0,Y1" with X0 < X1 and Y0 < Y1, got "${text}"`);
  return { x: [v[0], v[1]], y: [v[2], v[3]] };
}

export function checkWork(count: number, steps: number): void {
  if (count * steps > MAX_PARTICLE_STEPS) throw new InputError(`--steps: ${count} starts × ${steps} steps is more than ${MAX_PARTICLE_STEPS} particle-steps`);
}

const options = {
  surface: { type: 'string' },
  optimizer: { type: 'string' },
  params: { type: 'string' },
  layout: { type: 'string' },
  count: { type: 'string' },
  steps: { type: 'string' },
  view: { type: 'string' },
  start: { type: 'string' },
  spread: { type: 'string' },
  seed: { type: 'string' },
} as const;

/**
 * `swarm`: one optimizer's swarm and where it stands after the budget. "Reached" is judged against
 * the view (the surface's unless --view gives the map's), which a grid also covers.
 */
export function swarm(argv: string[], io: Io): number {
  const flags = parseFlags('swarm', argv, options);
  const { surface, optimizer, params, steps } = resolveRun('swarm', flags, 300);
  const count = flags.count === undefined ? 1000 : parseNumberFlag('count', flags.count, { integer: true, min: 1, max: MAX_SWARM });
  checkWork(count, steps);
  const kind = flags.layout ?? 'grid';
  if (kind !== 'grid' && kind !== 'cloud') throw new InputError(`--layout must be grid or cloud, got "${kind}"`);
  if (kind === 'grid') {
    for (const f of ['start', 'spread', 'seed'] as const) if (flags[f] !== undefined) throw new InputError(`--${f} applies to --layout cloud only`);
  }
  const start = flags.start === undefined ? surface.start : parsePointFlag('start', flags.start);
  const spread = flags.spread === undefined ? 0.1 : parseNumberFlag('spread', flags.spread, { min: 0 });
  const seed = flags.seed === undefined ? 1 : parseNumberFlag('seed', flags.seed, { integer: true, min: 0 });
  const view = flags.view === undefined ? surface.view : parseView(flags.view);
  const layout: Layout = kind === 'grid' ? { kind, view } : { kind, start: [start[0], start[1]], spread, random: createRandom(seed) };

  const [summary] = swarmSummary(surface.minima, [runSwarm({ surface, optimizer, params, view, layout, count, steps })]);
  const where = kind === 'grid' ? {} : { start, spread, seed };
  const doc = { surface: surface.id, optimizer: optimizer.id, params, layout: kind, ...where, count, steps, view: { x: view.x, y: view.y } };
  const { minima, diverged, moving, elsewhere, medianSteps } = summary;
  io.out(`${JSON.stringify({ ...doc, minima, diverged, moving, elsewhere, medianSteps })}\n`);
  return 0;
}
