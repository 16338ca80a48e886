import { describe, expect, it } from 'vitest';
import type { Surface } from '../../src/core/surfaces/Surface.ts';
import { heightGrid, TILT_DEPTH, TILT_RISE, tiltPoint } from '../../src/render/tiltMath.ts';

function surface(value: (x: number, y: number) => number, logLevels = false): Surface {
  return { id: 't', name: 't', formula: '', lesson: '', view: { x: [0, 1], y: [0, 1] }, start: [0, 0], minima: [], logLevels, value, gradient: () => NaN };
}
const unit = { x: [0, 1] as [number, number], y: [0, 1] as [number, number] };

describe('heightGrid', () => {
  it('runs from 0 at the lowest value to 1 at the highest, linearly on a surface with linear levels', () => {
    const g = heightGrid(
      surface((x, y) => 4 * x + y),
      unit,
      5,
    );
    expect(g.t[0]).toBe(0);
    expect(g.t[24]).toBe(1);
    // (x, y) = (0.5, 0): 2 of the 5 the view spans.
    expect(g.t[2]).toBeCloseTo(2 / 5, 12);
    expect(g.height(2.5)).toBeCloseTo(0.5, 12);
    expect(g.height(Infinity)).toBeNaN();
  });

  it('raises a log-levelled surface by the logarithm, so a valley a thousandth deep still shows', () => {
    const g = heightGrid(
      surface((x) => 1000 * x ** 3, true),
      unit,
      11,
    );
    // Linear heights would put x = 0.1 (f = 1) at 0.001; the logarithm lifts it well clear of the floor.
    expect(g.t[1]).toBeGreaterThan(0.3);
    expect(g.t[10]).toBe(1);
    for (let i = 1; i < 11; i++) expect(g.t[i]).toBeGreaterThan(g.t[i - 1]);
  });
});

describe('tiltPoint', () => {
  const rect = { x: 10, y: 20, width: 400, height: 300 };
  const at = (u: number, v: number, t: number) => {
    const out = new Float64Array(2);
    tiltPoint(u, v, t, rect, out);
    return Array.from(out);
  };
  it('puts the near edge of the ground at the bottom of the plot, full width, and the far edge higher and narrower', () => {
    expect(at(0, 0, 0)).toEqual([10, 320]);
    expect(at(1, 0, 0)).toEqual([410, 320]);
    const [farLeft, farY] = at(0, 1, 0);
    expect(farY).toBeCloseTo(320 - TILT_DEPTH * 300, 9);
    expect(farLeft).toBeGreaterThan(10);
  });
  it('lifts a point by its height, straight up', () => {
    const [x0, y0] = at(0.3, 0.4, 0);
    const [x1, y1] = at(0.3, 0.4, 1);
    expect(x1).toBe(x0);
    expect(y0 - y1).toBeCloseTo(TILT_RISE * 300, 9);
  });
});
