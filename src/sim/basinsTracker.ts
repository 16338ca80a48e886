import type { View } from '../core/surfaces/Surface.ts';
import type { ParticleGroup } from './ParticleGroup.ts';
import { CONVERGED, DIVERGED } from './status.ts';

/** Where a particle ended, besides the index of the known minimum it reached. */
export const BASIN_DIVERGED = -1;
export const BASIN_MOVING = -2;
/** Stopped (the converged status) at a point the surface does not list, such as one of Rastrigin's dimples. */
export const BASIN_ELSEWHERE = -3;

/** The reach radius as a fraction of the view's diagonal: a hundredth, under two pixels of a 256 map. */
export const REACH_FRACTION = 0.01;
/** A particle within reach must also be moving less than this fraction of the radius per step. */
export const SLOW_FRACTION = 0.1;

export function reachRadius(view: View): number {
  return REACH_FRACTION * Math.hypot(view.x[1] - view.x[0], view.y[1] - view.y[0]);
}

/**
 * Which known minimum each particle of a group has reached, and since when. A particle has reached
 * minimum m when it is within the reach radius r of m (the nearest such point; ties go to the lower
 * index) and its last update was shorter than r / 10, so a ball flying through at speed does not
 * count. It is checked after every step, and the arrival is the step that began the particle's
 * latest unbroken stay: one that leaves and comes back arrives again. Distances, not gradients,
 * decide, so the rule reads the same on every surface whatever the scale of its values.
 *
 * `minima` are the surface's listed points in its order (saddles included: a ball stalled on
 * the saddle has reached it), so indices are the surface's own.
 */
export class BasinsTracker {
  readonly count: number;
  /** The minimum each particle is within reach of, or -1. */
  readonly near: Int16Array;
  /** The step at which the particle's stay near `near` began. */
  readonly since: Uint32Array;
  private readonly mx: Float64Array;
  private readonly my: Float64Array;
  private readonly r2: number;
  private readonly slow2: number;
  private t = 0;

  constructor(minima: readonly { readonly x: number; readonly y: number }[], view: View, count: number) {
    this.count = count;
    this.near = new Int16Array(count);
    this.since = new Uint32Array(count);
    this.mx = Float64Array.from(minima, (m) => m.x);
    this.my = Float64Array.from(minima, (m) => m.y);
    const r = reachRadius(view);
    this.r2 = r * r;
    this.slow2 = (SLOW_FRACTION * r) ** 2;
  }

  /** Call after group.place(): every particle is judged at its start, step 0. */
  start(group: ParticleGroup): void {
    this.t = 0;
    this.near.fill(-1);
    this.observe(group);
  }

  /** Call after every group.step(). */
  step(group: ParticleGroup): void {
    this.t++;
    this.observe(group);
  }

  private observe(group: ParticleGroup): void {
    const { pos, prev } = group;
    const { near, since, mx, my, r2, slow2, t } = this;
    const k = mx.length;
    for (let p = 0; p < this.count; p++) {
      const x = pos[2 * p];
      const y = pos[2 * p + 1];
      const ux = x - prev[2 * p];
      const uy = y - prev[2 * p + 1];
      let best = -1;
      if (ux * ux + uy * uy <= slow2) {
        let bestD = r2;
        for (let m = 0; m < k; m++) {
          const dx = x - mx[m];
          const dy = y - my[m];
          const d = dx * dx + dy * dy;
          if (d <= bestD && (best < 0 || d < bestD)) {
            best = m;
            bestD = d;
          }
        }
      }
      if (best !== near[p]) {
        near[p] = best;
        since[p] = t;
      }
    }
  }

  /**
   * Writes each particle's basin (a minimum's index, BASIN_DIVERGED, BASIN_MOVING or BASIN_ELSEWHERE)
   * and its steps (the arrival step at a minimum, the step that diverged, or the steps taken) from
   * out[offset] on.
   */
  finish(group: ParticleGroup, basin: Int8Array | Int16Array | Int32Array, steps: Uint32Array | Int32Array, offset = 0): void {
    const status = group.status;
    const taken = group.steps;
    for (let p = 0; p < this.count; p++) {
      const s = status[p];
      const m = this.near[p];
      const o = offset + p;
      if (s === DIVERGED) {
        basin[o] = BASIN_DIVERGED;
        steps[o] = taken[p];
      } else if (m >= 0) {
        basin[o] = m;
        steps[o] = this.since[p];
      } else {
        basin[o] = s === CONVERGED ? BASIN_ELSEWHERE : BASIN_MOVING;
        steps[o] = taken[p];
      }
    }
  }
}
