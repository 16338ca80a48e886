import { describe, expect, it } from 'vitest';
import { surfaceContours, traceContours } from '../../src/core/contours.ts';
import { sampleGrid } from '../../src/core/grid.ts';
import type { Surface, View } from '../../src/core/surfaces/Surface.ts';

function surfaceOf(value: (x: number, y: number) => number, logLevels = false): Surface {
  return {
    id: 'test',
    name: 'test',
    formula: '',
    lesson: '',
    view: { x: [-2, 2], y: [-2, 2] },
    start: [0, 0],
    minima: [],
    logLevels,
    value,
    gradient: () => NaN,
  };
}

function points(ring: Float64Array): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < ring.length; k += 2) out.push([ring[k], ring[k + 1]]);
  return out;
}

function bbox(ring: Float64Array): [number, number, number, number] {
  const p = points(ring);
  const xs = p.map(([x]) => x);
  const ys = p.map(([, y]) => y);
  return [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
}

function shoelaceArea(ring: Float64Array): number {
  const p = points(ring);
  let a = 0;
  for (let k = 0; k < p.length; k++) {
    const [x0, y0] = p[k];
    const [x1, y1] = p[(k + 1) % p.length];
    a += x0 * y1 - x1 * y0;
  }
  return Math.abs(a) / 2;
}

const square: View = { x: [-2, 2], y: [-2, 2] };

describe('traceContours', () => {
  // f = x² + y² on [-2, 2]² with 81 samples a side (spacing h = 0.05). The region f ≥ c is the
  // square minus the disc of radius √c: one polygon, the view's border as its outer ring and the
  // circle as its hole.
  const n = 81;
  const h = 4 / (n - 1);
  const values = sampleGrid(
    surfaceOf((x, y) => x * x + y * y),
    square,
    n,
    n,
  );
  const levels = traceContours(values, n, n, square, [2.25, 0.25, 1]);

  it('returns one region per threshold, in ascending order', () => {
    expect(levels.map((l) => l.level)).toEqual([0.25, 1, 2.25]);
  });

  it("a paraboloid's level sets are circles of radius √c, up to linear interpolation along the grid", () => {
    for (const { level, polygons } of levels) {
      expect(polygons).toHaveLength(1);
      expect(polygons[0]).toHaveLength(2);
      const r = Math.sqrt(level);
      // Every ring point p lies on a grid edge where the linear interpolant equals c. Along an edge f
      // is a parabola with f'' = 2, so there |f(p) − c| ≤ f'' h²/8 = h²/4. With |p| = ρ,
      // f(p) − c = ρ² − r² = (ρ − r)(ρ + r) and ρ + r ≥ r, so |ρ − r| ≤ h²/(4r).
      const tolerance = (h * h) / (4 * r) + 1e-6;
      for (const [x, y] of points(polygons[0][1])) expect(Math.abs(Math.hypot(x, y) - r)).toBeLessThan(tolerance);
      // The hole goes all the way round: its area is the disc's, πc, to within the chords' shortfall.
      expect(shoelaceArea(polygons[0][1]) / (Math.PI * level)).toBeCloseTo(1, 2);
    }
  });

  it("clamps the rings d3 closes along the grid's border onto the view's edges", () => {
    for (const { polygons } of levels) expect(bbox(polygons[0][0])).toEqual([-2, 2, -2, 2]);
  });

  it('maps grid coordinates to the world with samples at the view corners', () => {
    // f = x is interpolated exactly, so the edge of f ≥ c sits at x = c whatever the spacing
    // (11 samples: x = −2, −1.6, …, none on a level).
    const plane = sampleGrid(
      surfaceOf((x) => x),
      { x: [-2, 2], y: [0, 1] },
      11,
      5,
    );
    const [lower, upper] = traceContours(plane, 11, 5, { x: [-2, 2], y: [0, 1] }, [-1.5, 0.5]);
    expect(bbox(lower.polygons[0][0])[0]).toBeCloseTo(-1.5, 6);
    expect(bbox(upper.polygons[0][0])).toEqual([expect.closeTo(0.5, 6), 2, 0, 1]);
  });
});

describe('surfaceContours', () => {
  // The paraboloid again, undefined (Infinity) on the disc of radius 0.3 around (1, 1).
  const holed = surfaceOf((x, y) => ((x - 1) ** 2 + (y - 1) ** 2 < 0.09 ? Infinity : x * x + y * y));
  const set = surfaceContours(holed, square, 81, 81, 8);
  const fromHole = ([x, y]: [number, number]) => Math.hypot(x - 1, y - 1);

  it('the lowest band is the finite domain, with the undefined region cut out', () => {
    expect(set.extent).toEqual([0, 8]);
    expect(set.domain).toHaveLength(1);
    const [outer, hole] = set.domain[0];
    expect(bbox(outer)).toEqual([-2, 2, -2, 2]);
    // d3 snaps an edge between a defined and an undefined sample to the defined one: every hole
    // point is a defined sample (distance ≥ 0.3) next to an undefined one (distance ≤ 0.3 + h).
    for (const p of points(hole)) {
      expect(fromHole(p)).toBeGreaterThanOrEqual(0.3 - 1e-6);
      expect(fromHole(p)).toBeLessThanOrEqual(0.35 + 1e-6);
    }
  });

  it('no band reaches into the undefined region', () => {
    for (const { polygons } of set.levels) {
      for (const ring of polygons.flat()) for (const p of points(ring)) expect(fromHole(p)).toBeGreaterThanOrEqual(0.3 - 1e-6);
    }
  });

  it('spaces the levels as the surface asks, all above the minimum', () => {
    expect(set.levels.map((l) => l.level)).toEqual([0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5]);
    const log = surfaceContours(
      surfaceOf((x, y) => x * x + y * y, true),
      square,
      41,
      41,
      8,
    );
    // Log levels crowd near the floor: the first sits where the lowest percent of the view's values end,
    // far below the linear 0.5, and each next one a constant factor higher above the minimum.
    expect(log.levels[0].level).toBeLessThan(0.1);
    const ratios = log.levels.slice(1).map((l, k) => l.level / log.levels[k].level);
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0], 9);
  });

  it('a surface undefined everywhere has no bands', () => {
    const none = surfaceContours(
      surfaceOf(() => NaN),
      square,
      9,
      9,
    );
    expect(none.domain).toEqual([]);
    expect(none.levels).toEqual([]);
  });

  it('adds the hill-shading on the same grid only when asked, ', () => {
    expect(set.relief).toBeNull();
    const bowl = {
      ...surfaceOf((x, y) => x * x + y * y),
      gradient: (x: number, y: number, out: Float64Array, o: number) => ((out[o] = 2 * x), (out[o + 1] = 2 * y), x * x + y * y),
    };
    const shaded = surfaceContours(bowl, square, 21, 21, 8, true);
    expect(shaded.relief).toHaveLength(21 * 21);
    // The bowl's south-east wall faces up to the north-west, into the light; its north-west wall turns away.
    const at = (i: number, j: number) => shaded.relief![j * 21 + i];
    expect(at(18, 2)).toBeGreaterThan(0);
    expect(at(2, 18)).toBeLessThan(0);
    expect(at(10, 10)).toBe(0);
  });
});
