import type { Minimum } from '../core/surfaces/Surface.ts';
import { BASIN_DIVERGED, BASIN_ELSEWHERE, BASIN_MOVING, type BasinsTracker } from './basinsTracker.ts';
import type { ParticleGroup } from './ParticleGroup.ts';

/** Where one optimizer's swarm stands: what the legend, `swarmSummary()` and the CLI report. */
export interface SwarmCounts {
  readonly optimizer: string;
  readonly count: number;
  /** One entry per listed minimum of the surface, in its order, with the particles that reached it. */
  readonly minima: { readonly x: number; readonly y: number; readonly kind: Minimum['kind']; readonly count: number }[];
  readonly diverged: number;
  /** Neither at a listed minimum nor stopped: still on the way. */
  readonly moving: number;
  /** Stopped at a point the surface does not list (a local dimple). */
  readonly elsewhere: number;
  /** The median arrival step of the particles that reached a listed minimum; null when none has. */
  readonly medianSteps: number | null;
}

export interface BasinTally {
  readonly reached: number[];
  readonly diverged: number;
  readonly moving: number;
  readonly elsewhere: number;
  readonly medianSteps: number | null;
}

/** Counts n basin values (see BasinsTracker.finish) over `minima` listed minima; one pass and one sort. */
export function tallyBasins(basin: ArrayLike<number>, stepsTaken: ArrayLike<number>, n: number, minima: number): BasinTally {
  const reached = new Array<number>(minima).fill(0);
  const arrivals = new Uint32Array(n);
  let arrived = 0;
  let diverged = 0;
  let moving = 0;
  let elsewhere = 0;
  for (let p = 0; p < n; p++) {
    const b = basin[p];
    if (b >= 0) {
      reached[b]++;
      arrivals[arrived++] = stepsTaken[p];
    } else if (b === BASIN_DIVERGED) diverged++;
    else if (b === BASIN_MOVING) moving++;
    else if (b === BASIN_ELSEWHERE) elsewhere++;
  }
  const sorted = arrivals.subarray(0, arrived).sort();
  const mid = arrived >> 1;
  const medianSteps = arrived === 0 ? null : arrived % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { reached, diverged, moving, elsewhere, medianSteps };
}

/** A swarm's group with the tracker that has watched every one of its steps. */
export interface TrackedGroup {
  readonly group: ParticleGroup;
  readonly tracker: BasinsTracker;
}

/** The summary of every tracked group on a surface with these minima, as the controller returns it. */
export function swarmSummary(minima: readonly Minimum[], tracked: readonly TrackedGroup[]): SwarmCounts[] {
  return tracked.map(({ group, tracker }) => {
    const basin = new Int16Array(group.count);
    const steps = new Uint32Array(group.count);
    tracker.finish(group, basin, steps);
    const tally = tallyBasins(basin, steps, group.count, minima.length);
    return {
      optimizer: group.optimizer.id,
      count: group.count,
      minima: minima.map((m, i) => ({ x: m.x, y: m.y, kind: m.kind, count: tally.reached[i] })),
      diverged: tally.diverged,
      moving: tally.moving,
      elsewhere: tally.elsewhere,
      medianSteps: tally.medianSteps,
    };
  });
}
