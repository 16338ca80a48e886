import { describe, expect, it } from 'vitest';
import { plotAffine, roundView, sameView, shownView, transformView, zoomLimits } from '../../src/render/viewMath.ts';

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

describe('shownView', () => {
  it('widens the view along one axis so both axes have the same pixel scale, keeping the requested region inside', () => {
    // 400 × 200 px for a 4 × 4 view: 50 px per unit on both axes needs x ∈ [-4, 4].
    const v = shownView(view, rect, false);
    expect(v.y).toEqual([-1, 3]);
    expect(v.x).toEqual([-4, 4]);
    expect(rect.width / (v.x[1] - v.x[0])).toBeCloseTo(rect.height / (v.y[1] - v.y[0]), 12);
  });

  it('a stretched map shows exactly the requested view', () => {
    expect(shownView(view, rect, true)).toEqual(view);
  });

  it('a view that already has the plot’s shape is shown as it is, so a reported view does not drift', () => {
    const fitted = shownView(view, rect, false);
    expect(shownView(fitted, rect, false)).toEqual(fitted);
  });
});

describe('zoom limits', () => {
  const limits = zoomLimits({ x: [-2, 2], y: [-1, 3] });

  it('stop zooming in a thousandfold and out fiftyfold from the surface’s view', () => {
    expect(limits).toEqual({ min: 4 / 1000, max: 4 * 50 });
    const tiny = transformView(view, rect, [250, 110], [250, 110], 1e9, limits);
    expect(Math.max(tiny.x[1] - tiny.x[0], tiny.y[1] - tiny.y[0])).toBeCloseTo(limits.min, 12);
    const huge = transformView(view, rect, [250, 110], [250, 110], 1e-9, limits);
    expect(Math.max(huge.x[1] - huge.x[0], huge.y[1] - huge.y[0])).toBeCloseTo(limits.max, 9);
  });

  it('keep the aspect of the view when a limit is reached', () => {
    const wide = { x: [0, 8], y: [0, 2] } as const;
    const v = transformView(wide, rect, [250, 110], [250, 110], 1e9, limits);
    expect((v.x[1] - v.x[0]) / (v.y[1] - v.y[0])).toBeCloseTo(4, 9);
  });
});
