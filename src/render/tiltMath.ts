import { sampleGrid } from '../core/grid.ts';
import { finiteExtent, logFloor, lowQuantile } from '../core/levels.ts';
import type { Surface, View } from '../core/surfaces/Surface.ts';
import type { Rect } from './viewMath.ts';

/** Share of the plot's height the tallest point rises above the lowest in the tilted view. */
export const TILT_RISE = 0.35;
/** The ground plane is drawn foreshortened to this share of the plot's height. */
export const TILT_DEPTH = 0.6;

/** Heights of a grid as the tilted view draws them: 0 at the lowest finite value, 1 at the highest. */
export interface HeightGrid {
  readonly n: number;
  /** Row-major, j = 0 at y0; NaN where f is not finite. */
  readonly t: Float64Array;
  /** Turns a value of f into the same 0 … 1 height (NaN outside the surface's finite values). */
  height(f: number): number;
}

/**
 * The surface's heights on an n × n grid over the view, spaced as its contour bands are: linear, or
 * the logarithm of f above its floor on a surface with log-spaced levels, so the valleys the bands
 * resolve are the valleys the tilted view shows.
 */
export function heightGrid(surface: Surface, view: View, n: number): HeightGrid {
  const values = sampleGrid(surface, view, n, n);
  const [lo, hi] = finiteExtent(values);
  const floor = surface.logLevels && hi > lo ? logFloor(hi - lo, lowQuantile(values, lo, 0.01), 24) : 0;
  const lift = (f: number) => (surface.logLevels ? Math.log(Math.max(f - lo, 0) + floor) : f);
  const h0 = lift(lo);
  const span = lift(hi) - h0;
  const height = (f: number) => (Number.isFinite(f) ? (span > 0 ? Math.min(1, Math.max(0, (lift(f) - h0) / span)) : 0) : NaN);
  const t = new Float64Array(n * n);
  for (let k = 0; k < t.length; k++) t[k] = height(values[k]);
  return { n, t, height };
}

/**
 * Where a point of the ground (u, v in 0 … 1 across and up the view) at height t lands on screen:
 * the plane tilted away from the viewer, north at the back, then lifted by its height.
 */
export function tiltPoint(u: number, v: number, t: number, rect: Rect, out: Float64Array): void {
  const ground = rect.y + rect.height * (1 - TILT_DEPTH * v);
  // The back of the plane is drawn narrower than the front: a little perspective.
  const narrow = 1 - 0.15 * v;
  out[0] = rect.x + rect.width * (0.5 + (u - 0.5) * narrow);
  out[1] = ground - rect.height * TILT_RISE * t;
}
