import { describe, expect, it } from 'vitest';
import { plotAffine, roundView, sameView, transformView } from '../../src/render/viewMath.ts';

// A 400 × 200 px plot at (50, 10) showing x ∈ [-2, 2], y ∈ [-1, 3]: 100 px per unit across, 50 px up.
const rect = { x: 50, y: 10, width: 400, height: 200 };
const view = { x: [-2, 2], y: [-1, 3] } as const;

describe('plotAffine', () => {
  it('maps the view onto the plot rectangle with y growing upwards', () => {
    const a = plotAffine(view, rect);
    expect([a.ax * -2 + a.bx, a.ay * 3 + a.by]).toEqual([50, 10]);
    expect([a.ax * 2 + a.bx, a.ay * -1 + a.by]).toEqual([450, 210]);
    expect([a.ax, a.ay]).toEqual([100, -50]);
  });
});

describe('transformView', () => {
  it('a drag moves the world with the pointer', () => {
    // 100 px right is 1 unit; 50 px down is 1 unit: the view moves left and up by as much.
    const v = transformView(view, rect, [200, 100], [300, 150], 1);
    expect(v.x).toEqual([-3, 1]);
    expect(v.y).toEqual([0, 4]);
  });

  it('zooming about the centre halves the spans around it', () => {
    const v = transformView(view, rect, [250, 110], [250, 110], 2);
    expect(v).toEqual({ x: [-1, 1], y: [0, 2] });
  });

  it('zooming about a corner keeps that corner fixed', () => {
    // The top-left corner (50, 10) is the world point (-2, 3).
    const v = transformView(view, rect, [50, 10], [50, 10], 4);
    expect(v).toEqual({ x: [-2, -1], y: [2, 3] });
  });

  it('never zooms into an empty or infinite view', () => {
    const tiny = transformView(view, rect, [250, 110], [250, 110], 1e12);
    expect(tiny.x[1] - tiny.x[0]).toBeGreaterThan(0);
    const huge = transformView(view, rect, [250, 110], [250, 110], 1e-12);
    expect(Number.isFinite(huge.y[1] - huge.y[0])).toBe(true);
  });
});

describe('roundView', () => {
  it('keeps about five significant digits of the span', () => {
    // span 4 → 4 decimals; span 0.02 → 6 decimals.
    expect(roundView({ x: [-1.234567, 2.765433], y: [0.1234567, 0.1434567] })).toEqual({ x: [-1.2346, 2.7654], y: [0.123457, 0.143457] });
  });

  it('sameView compares bounds', () => {
    expect(sameView(view, { x: [-2, 2], y: [-1, 3] })).toBe(true);
    expect(sameView(view, { x: [-2, 2], y: [-1, 3.5] })).toBe(false);
  });
});
