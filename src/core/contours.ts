import { contours } from 'd3-contour';
import { sampleGrid } from './grid.ts';
import { contourLevels, finiteExtent, logFloor, lowQuantile } from './levels.ts';
import { hillShade } from './relief.ts';
import type { Surface, View } from './surfaces/Surface.ts';

/**
 * One polygon: its outer ring first, then its holes. Each ring is flat world xy pairs, closed
 * implicitly (the last point is not repeated). Float64: a zoomed-in view (span 10⁻⁶ at x = 1000)
 * or a far-out one (|x| > 3.4·10³⁸) would be lost to float32's precision or range.
 */
export type ContourPolygon = Float64Array[];

export interface ContourLevel {
  /** The region where f ≥ level. */
  readonly level: number;
  readonly polygons: ContourPolygon[];
}

export interface ContourSet {
  readonly view: View;
  /** Grid size the contours were traced on. */
  readonly nx: number;
  readonly ny: number;
  /** Finite value range over the grid; NaN, NaN when nothing is finite. */
  readonly extent: readonly [number, number];
  /** Where f is finite at all: the lowest band, with NaN regions as holes. */
  readonly domain: ContourPolygon[];
  /** Ascending; each draws one band on top of the last and one line. */
  readonly levels: ContourLevel[];
  /** Hill-shading on the same grid (see hillShade), when asked for. */
  readonly relief: Float32Array | null;
}

/** Default number of contour levels on the map. */
export const CONTOUR_LEVEL_COUNT = 24;

/**
 * Maps one d3 grid coordinate to the world. d3 puts sample i at the centre of cell i (u = i + 0.5)
 * and closes rings along the grid's outer border (u = 0 or n), half a cell beyond the first and
 * last samples; those border points are clamped onto the view's edge.
 */
function gridToWorld(u: number, a: number, b: number, n: number): number {
  const v = a + ((u - 0.5) * (b - a)) / (n - 1);
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return v < lo ? lo : v > hi ? hi : v;
}

function toRing(ring: number[][], view: View, nx: number, ny: number): Float64Array {
  const [x0, x1] = view.x;
  const [y0, y1] = view.y;
  const last = ring.length - 1;
  const closed = last > 0 && ring[0][0] === ring[last][0] && ring[0][1] === ring[last][1];
  const n = closed ? last : ring.length;
  const out = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    out[2 * k] = gridToWorld(ring[k][0], x0, x1, nx);
    out[2 * k + 1] = gridToWorld(ring[k][1], y0, y1, ny);
  }
  return out;
}

/**
 * Traces the grid (row-major nx × ny, corners of the view included, NaN = hole) at each threshold
 * and returns the regions f ≥ threshold as world-coordinate polygons, in ascending threshold order.
 */
export function traceContours(values: Float64Array, nx: number, ny: number, view: View, thresholds: readonly number[]): ContourLevel[] {
  const sorted = [...thresholds].sort((a, b) => a - b);
  // d3 only indexes `values`, so a typed array serves as well as a number[].
  const shapes = contours().size([nx, ny]).thresholds(sorted)(values as unknown as number[]);
  return shapes.map((shape) => ({
    level: shape.value,
    polygons: shape.coordinates.map((polygon) => polygon.map((ring) => toRing(ring, view, nx, ny))),
  }));
}

/**
 * Samples a surface over the view and traces its bands: the finite domain plus `count` levels
 * spaced as the surface asks (log-spaced when its values span orders of magnitude).
 */
export function surfaceContours(surface: Surface, view: View, nx: number, ny: number, count = CONTOUR_LEVEL_COUNT, relief = false): ContourSet {
  const values = sampleGrid(surface, view, nx, ny);
  const extent = finiteExtent(values);
  const [lo, hi] = extent;
  if (!Number.isFinite(lo)) return { view, nx, ny, extent, domain: [], levels: [], relief: null };
  // Every finite sample is ≥ lo and NaN counts as below any threshold, so the region f ≥ lo is the domain.
  // Log levels start at the view's lowest percent of values, so a zoom into a wall still gets every band.
  const floor = surface.logLevels ? lowQuantile(values, lo, 0.01) : 0;
  const levels = contourLevels(lo, hi, count, surface.logLevels, floor).filter((l) => l > lo);
  const [domain, ...rest] = traceContours(values, nx, ny, view, [lo, ...levels]);
  const shade = relief ? hillShade(surface, view, nx, ny, values, lo, surface.logLevels ? logFloor(hi - lo, floor, count) : 0) : null;
  return { view, nx, ny, extent, domain: domain.polygons, levels: rest, relief: shade };
}
