import type { Optimizer, Params } from '../core/optimizers/Optimizer.ts';
import { createRandom } from '../core/random.ts';
import type { Surface, View } from '../core/surfaces/Surface.ts';
import { BasinsTracker } from './basinsTracker.ts';
import { layoutStarts, type Layout } from './layout.ts';
import { ParticleGroup } from './ParticleGroup.ts';
import type { TrackedGroup } from './swarmSummary.ts';

export interface SwarmRunConfig {
  readonly surface: Surface;
  readonly optimizer: Optimizer;
  /** Complete and valid (see resolveParams). */
  readonly params: Params;
  /** The view "reached" is judged against (and a grid layout covers). */
  readonly view: View;
  readonly layout: Layout;
  readonly count: number;
  readonly steps: number;
  /** Gradient noise σ; 0 is exact gradients. */
  readonly noise?: number;
  readonly seed?: number;
}

/** One optimizer's swarm run headless for `steps` steps, watched by a tracker after every one. */
export function runSwarm(config: SwarmRunConfig): TrackedGroup {
  const { surface, optimizer, params, view, layout, count, steps, noise = 0 } = config;
  const group = new ParticleGroup(surface, optimizer, params, count);
  const tracker = new BasinsTracker(surface.minima, view, count);
  const random = createRandom(config.seed ?? 1);
  group.place(layoutStarts(layout, new Float64Array(2 * count)));
  tracker.start(group);
  for (let k = 0; k < steps; k++) {
    group.step(noise, random);
    tracker.step(group);
  }
  return { group, tracker };
}
