import { describe, expect, it } from 'vitest';
import { sampleGrid } from '../../src/core/grid.ts';
import { contourLevels, finiteExtent, lowQuantile } from '../../src/core/levels.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';

describe('finiteExtent', () => {
  it('skips NaN holes', () => {
    expect(finiteExtent([3, NaN, -1, 8])).toEqual([-1, 8]);
    expect(finiteExtent([NaN, NaN])).toEqual([NaN, NaN]);
  });
});

describe('contourLevels', () => {
  it('linear levels sit at the middles of equal bands', () => {
    expect(contourLevels(0, 10, 5, false)).toEqual([1, 3, 5, 7, 9]);
  });

  it('log levels grow geometrically above the minimum, from a millionth of the span up to the span', () => {
    const levels = contourLevels(2, 2 + 1e6, 6, true);
    // span 1e6: offsets e^(ln 1 + k ln(1e6)/6) = 10^k for k = 0..5
    levels.forEach((l, k) => expect(l - 2).toBeCloseTo(10 ** k, 6 - k));
  });

  it('a flat grid gets a single level', () => {
    expect(contourLevels(4, 4, 10, true)).toEqual([4]);
  });
});

describe('lowQuantile', () => {
  it('is the height above lo at that fraction of the finite samples', () => {
    const values = Float64Array.from([NaN, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(lowQuantile(values, 10, 0)).toBe(0);
    expect(lowQuantile(values, 10, 0.5)).toBe(5);
    expect(lowQuantile(values, 10, 1)).toBe(9);
    expect(lowQuantile([NaN], 0, 0.01)).toBe(0);
  });
});

describe('log levels on a zoomed-in wall', () => {
  const rosenbrock = surfaceById('rosenbrock')!;
  const view = { x: [-1.6, -1.4], y: [1.9, 2.1] } as const;
  const values = sampleGrid(rosenbrock, view, 120, 120);
  const [lo, hi] = finiteExtent(values);
  /** Samples strictly between each pair of consecutive levels (and above the last). */
  const bandCounts = (levels: number[]) => levels.map((l, k) => values.filter((v) => v >= l && v < (levels[k + 1] ?? Infinity)).length);

  it("start where the view's values start, so every band holds part of the view", () => {
    const levels = contourLevels(lo, hi, 24, true, lowQuantile(values, lo, 0.01));
    expect(bandCounts(levels).every((n) => n > 0)).toBe(true);
  });

  it('would leave empty bands if they started a millionth of the span above the minimum', () => {
    const levels = contourLevels(lo, hi, 24, true);
    expect(bandCounts(levels).filter((n) => n === 0).length).toBeGreaterThan(3);
  });

  it("never start above one level's share of the span", () => {
    const levels = contourLevels(0, 100, 10, true, 90);
    expect(levels[0]).toBeCloseTo(10, 12);
    expect(levels.every((l, k) => k === 0 || l > levels[k - 1])).toBe(true);
  });
});
