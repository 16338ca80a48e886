import { describe, expect, it } from 'vitest';
import { hessianAt } from '../../../src/core/hessian/hessianAt.ts';
import { gdLimit, gdRate, heavyBallLimit, heavyBallRate, nesterovLimit, nesterovRate, optimalSteps } from '../../../src/core/hessian/stabilityLimits.ts';
import { symmetricEigen } from '../../../src/core/hessian/symmetricEigen.ts';
import { defaultParams, type Optimizer } from '../../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../../src/core/surfaces/registry.ts';
import { Simulation } from '../../../src/sim/Simulation.ts';

const quadratic = surfaceById('quadratic')!;
const [lambdaMin, lambdaMax] = (() => {
  const h = hessianAt(quadratic, 0, 0);
  return symmetricEigen(h.xx, h.xy, h.yy);
})();

describe('stability limits on the quadratic 0.5 (x² + 10 y²)', () => {
  it('match the hand-computed values', () => {
    expect([lambdaMin, lambdaMax]).toEqual([1, 10]);
    expect(gdLimit(lambdaMax)).toBeCloseTo(0.2, 12);
    expect(heavyBallLimit(lambdaMax, 0.9)).toBeCloseTo(0.38, 12);
    // 2 · 1.9 / (2.8 · 10)
    expect(nesterovLimit(lambdaMax, 0.9)).toBeCloseTo(3.8 / 28, 12);
    expect(gdLimit(-1)).toBe(Infinity);
  });

  it('give the optimal constant steps and their rates', () => {
    const best = optimalSteps(lambdaMin, lambdaMax)!;
    expect(best.gd.lr).toBeCloseTo(2 / 11, 12);
    expect(best.gd.rate).toBeCloseTo(9 / 11, 12);
    const r10 = Math.sqrt(10);
    expect(best.heavyBall.lr).toBeCloseTo(4 / (r10 + 1) ** 2, 12);
    expect(best.heavyBall.momentum).toBeCloseTo(((r10 - 1) / (r10 + 1)) ** 2, 12);
    expect(best.heavyBall.rate).toBeCloseTo((r10 - 1) / (r10 + 1), 12);
    // The rates at those steps, from the recurrences' roots, are the closed forms.
    expect(gdRate(best.gd.lr, [1, 10])).toBeCloseTo(best.gd.rate, 12);
    expect(heavyBallRate(best.heavyBall.lr, best.heavyBall.momentum, [1, 10])).toBeCloseTo(best.heavyBall.rate, 6);
    expect(optimalSteps(-1, 2)).toBeNull();
  });

  it('put the rate at 1 exactly at each limit', () => {
    expect(gdRate(0.2, [1, 10])).toBeCloseTo(1, 12);
    expect(heavyBallRate(0.38, 0.9, [1, 10])).toBeCloseTo(1, 12);
    expect(nesterovRate(3.8 / 28, 0.9, [1, 10])).toBeCloseTo(1, 12);
  });
});

/** Where the ball ends after `steps` updates from the surface's start, by the app's own engine. */
function finalLoss(optimizer: Optimizer, params: Record<string, number>, steps: number): { loss: number; status: string } {
  const sim = new Simulation({
    surface: quadratic,
    start: quadratic.start,
    groups: [{ optimizer, params: { ...defaultParams(optimizer), ...params } }],
  });
  sim.tick(steps);
  const [p] = sim.particles();
  return { loss: p.loss, status: p.status };
}

describe('the limits are real: a simulated ball', () => {
  const cases: [string, string, number][] = [
    ['GD', 'sgd', gdLimit(lambdaMax)],
    ['heavy ball, β 0.9', 'momentum', heavyBallLimit(lambdaMax, 0.9)],
    ["PyTorch's Nesterov, β 0.9", 'nag', nesterovLimit(lambdaMax, 0.9)],
  ];
  for (const [name, id, limit] of cases) {
    const optimizer = optimizerById(id)!;
    const momentum: Record<string, number> = id === 'sgd' ? {} : { momentum: 0.9 };
    it(`${name}: converges at 0.995 × the limit ${limit.toFixed(4)}`, () => {
      const run = finalLoss(optimizer, { lr: 0.995 * limit, ...momentum }, 4000);
      expect(run.status).not.toBe('diverged');
      expect(run.loss).toBeLessThan(1e-12);
    });
    it(`${name}: diverges at 1.005 × the limit`, () => {
      expect(finalLoss(optimizer, { lr: 1.005 * limit, ...momentum }, 4000).status).toBe('diverged');
    });
  }
});
