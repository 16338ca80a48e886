import { describe, expect, it } from 'vitest';
import { differencedHessian, hessianAt } from '../../../src/core/hessian/hessianAt.ts';
import { ANALYTIC_HESSIANS } from '../../../src/core/hessian/analyticHessians.ts';
import { conditionNumber, symmetricEigen } from '../../../src/core/hessian/symmetricEigen.ts';
import { createNetworkSurface, DEFAULT_NETWORK } from '../../../src/core/mlp/networkSurface.ts';
import { createRandom } from '../../../src/core/random.ts';
import { surfaceIds, surfaces } from '../../../src/core/surfaces/registry.ts';
import type { Surface } from '../../../src/core/surfaces/Surface.ts';

/** The test's own central differences of the exact gradient, with a fixed step unlike the code's relative one. */
function centralDifferences(s: Surface, x: number, y: number, h: number): [number, number, number, number] {
  const g = new Float64Array(2);
  s.gradient(x + h, y, g, 0);
  const [pxx, pyx] = g;
  s.gradient(x - h, y, g, 0);
  const fxx = (pxx - g[0]) / (2 * h);
  const fyx = (pyx - g[1]) / (2 * h);
  s.gradient(x, y + h, g, 0);
  const [pxy, pyy] = g;
  s.gradient(x, y - h, g, 0);
  return [fxx, (pxy - g[0]) / (2 * h), fyx, (pyy - g[1]) / (2 * h)];
}

const close = (a: number, b: number, scale: number) => Math.abs(a - b) <= 1e-5 * Math.max(1, scale);

describe('the analytic Hessians', () => {
  it('has one for every registry surface', () => {
    expect(Object.keys(ANALYTIC_HESSIANS).sort()).toEqual([...surfaceIds].sort());
  });

  for (const s of surfaces) {
    it(`${s.id}: matches central differences of its exact gradient at 200 random points in the view`, () => {
      const rng = createRandom(9);
      let checked = 0;
      for (let i = 0; i < 200; i++) {
        const x = rng.uniform(s.view.x[0], s.view.x[1]);
        const y = rng.uniform(s.view.y[0], s.view.y[1]);
        const h = hessianAt(s, x, y);
        expect(h.exact).toBe(true);
        const [xx, xy, yx, yy] = centralDifferences(s, x, y, 1e-5);
        const scale = Math.max(Math.abs(xx), Math.abs(xy), Math.abs(yy));
        expect(close(h.xx, xx, scale), `${s.id} f_xx at ${x}, ${y}: ${h.xx} vs ${xx}`).toBe(true);
        expect(close(h.xy, xy, scale), `${s.id} f_xy at ${x}, ${y}: ${h.xy} vs ${xy}`).toBe(true);
        expect(close(h.xy, yx, scale), `${s.id} f_yx at ${x}, ${y}: ${h.xy} vs ${yx}`).toBe(true);
        expect(close(h.yy, yy, scale), `${s.id} f_yy at ${x}, ${y}: ${h.yy} vs ${yy}`).toBe(true);
        checked++;
      }
      expect(checked).toBe(200);
    });
  }

  it('the quadratic has curvatures 1 and 10 everywhere', () => {
    const q = surfaces.find((s) => s.id === 'quadratic')!;
    expect(hessianAt(q, 0.3, -1.7)).toEqual({ xx: 1, xy: 0, yy: 10, exact: true });
  });
});

describe('the differenced Hessian', () => {
  it('agrees with the exact one on the analytic surfaces', () => {
    const rng = createRandom(4);
    for (const s of surfaces) {
      const x = rng.uniform(s.view.x[0], s.view.x[1]);
      const y = rng.uniform(s.view.y[0], s.view.y[1]);
      const exact = hessianAt(s, x, y);
      const diff = differencedHessian(s, x, y);
      const scale = Math.max(Math.abs(exact.xx), Math.abs(exact.xy), Math.abs(exact.yy));
      expect(diff.exact).toBe(false);
      for (const k of ['xx', 'xy', 'yy'] as const) expect(Math.abs(diff[k] - exact[k])).toBeLessThan(1e-5 * Math.max(1, scale));
    }
  });

  it('serves the network surfaces wherever no ReLU kink lies between the sample points', () => {
    const rng = createRandom(6);
    // mlp-directions moves every weight, so its kinks lie closer together: it needs smaller steps.
    for (const [id, step] of [
      ['mlp-slice', 1e-4],
      ['mlp-directions', 2e-6],
    ] as const) {
      const s = createNetworkSurface(id, DEFAULT_NETWORK);
      let smooth = 0;
      for (let i = 0; i < 40; i++) {
        const x = rng.uniform(s.view.x[0], s.view.x[1]);
        const y = rng.uniform(s.view.y[0], s.view.y[1]);
        const coarse = centralDifferences(s, x, y, 10 * step);
        const fine = centralDifferences(s, x, y, step);
        const scale = Math.max(...coarse.map(Math.abs));
        // A kink (a hidden unit switching on or off) between the samples makes the two steps disagree.
        if (!coarse.every((c, k) => close(c, fine[k], scale))) continue;
        const h = hessianAt(s, x, y);
        expect(h.exact).toBe(false);
        expect(close(h.xx, fine[0], scale)).toBe(true);
        expect(close(h.xy, (fine[1] + fine[2]) / 2, scale)).toBe(true);
        expect(close(h.yy, fine[3], scale)).toBe(true);
        smooth++;
      }
      expect(smooth, id).toBeGreaterThan(5);
    }
  });
});

describe('eigenvalues of a symmetric 2×2', () => {
  it('solve the characteristic polynomial, smallest first', () => {
    const rng = createRandom(2);
    for (let i = 0; i < 100; i++) {
      const [a, b, c] = [rng.uniform(-5, 5), rng.uniform(-5, 5), rng.uniform(-5, 5)];
      const [lo, hi] = symmetricEigen(a, b, c);
      expect(lo).toBeLessThanOrEqual(hi);
      // trace and determinant are the sum and product of the eigenvalues
      expect(lo + hi).toBeCloseTo(a + c, 10);
      expect(lo * hi).toBeCloseTo(a * c - b * b, 10);
    }
  });

  it('give the quadratic its curvatures and κ = 10, and a flat direction κ = ∞', () => {
    expect(symmetricEigen(1, 0, 10)).toEqual([1, 10]);
    expect(conditionNumber([1, 10])).toBe(10);
    expect(conditionNumber([-2, 2])).toBe(1);
    expect(conditionNumber(symmetricEigen(1, 1, 1))).toBe(Infinity);
  });
});
