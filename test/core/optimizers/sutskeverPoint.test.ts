import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/core/optimizers/Optimizer.ts';
import { nag } from '../../../src/core/optimizers/nag.ts';
import { createState } from '../../../src/core/optimizers/Optimizer.ts';
import { sutskeverPoint } from '../../../src/core/optimizers/sutskeverPoint.ts';
import { surfaceById } from '../../../src/core/surfaces/registry.ts';
import { goldenTraces } from '../goldenTraces.ts';

/** Sutskever et al.'s own recurrence, written out here: the gradient at θ + μv. */
function sutskeverRun(surfaceId: string, lr: number, mu: number, start: [number, number], steps: number): number[][] {
  const surface = surfaceById(surfaceId)!;
  const g = new Float64Array(2);
  let [x, y] = start;
  let vx = 0;
  let vy = 0;
  const out = [[x, y]];
  for (let k = 0; k < steps; k++) {
    surface.gradient(x + mu * vx, y + mu * vy, g, 0);
    vx = mu * vx - lr * g[0];
    vy = mu * vy - lr * g[1];
    x += vx;
    y += vy;
    out.push([x, y]);
  }
  return out;
}

describe('sutskeverPoint', () => {
  for (const id of ['rosenbrock/nag', 'saddle/nag', 'quadratic/nag', 'six_hump_camel/nag']) {
    it(`${id}: Sutskever's θ equals PyTorch's θ + lr·μ·b at every step of the golden start (to 1e-12)`, () => {
      const c = goldenTraces.cases.find((k) => k.id === id)!;
      const surface = surfaceById(c.surface)!;
      const params = { ...defaultParams(nag), ...(c.params as Record<string, number>) };
      const lr = params.lr as number;
      const mu = params.momentum as number;
      const kernel = nag.kernel(params);
      const state = createState(nag, 2);
      const theta = Float64Array.from(c.start);
      const grad = new Float64Array(2);
      const expected = sutskeverRun(c.surface, lr, mu, c.start, c.steps);
      const shifted = new Float64Array(2);
      let worst = 0;
      for (let k = 1; k <= c.steps; k++) {
        surface.gradient(theta[0], theta[1], grad, 0);
        kernel(theta, grad, state, { lr, momentum: mu });
        sutskeverPoint(theta, state.slots[0], lr, mu, shifted);
        for (const i of [0, 1]) worst = Math.max(worst, Math.abs(shifted[i] - expected[k][i]) / Math.max(1, Math.abs(expected[k][i])));
      }
      expect(worst).toBeLessThan(1e-12);
      // And PyTorch's ball itself is Sutskever's look-ahead point θ + μv, not θ: the shift is not zero.
      const last = expected[c.steps];
      const before = expected[c.steps - 1];
      const lookAhead = [last[0] + mu * (last[0] - before[0]), last[1] + mu * (last[1] - before[1])];
      expect(Math.abs(theta[0] - lookAhead[0]) + Math.abs(theta[1] - lookAhead[1])).toBeLessThan(1e-9);
      expect(Math.hypot(shifted[0] - theta[0], shifted[1] - theta[1])).toBeGreaterThan(0);
    });
  }
});
