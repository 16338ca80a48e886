import { describe, it } from 'vitest';
import { adam } from '../../../src/core/optimizers/adam.ts';
import { expectNear, runSteps } from './runSteps.ts';

// With betas (0.5, 0.75): bc1 = 0.5, bc2 = 0.25 on step 1 and bc1 = 0.75, bc2 = 0.4375 on step 2.
const betas = [0.5, 0.75];

describe('adam', () => {
  it('bias-corrects sqrt(v) before adding eps', () => {
    // lr 0.1, eps 2, theta = 0, grad 2 twice:
    // step 1: m = 1, v = 1; denom = sqrt(1) / sqrt(0.25) + 2 = 4; theta = -(0.1 / 0.5) * 1 / 4 = -0.05
    // step 2: m = 0.5 + 1 = 1.5, v = 0.75 + 1 = 1.75; denom = sqrt(1.75 / 0.4375) + 2 = 4
    //         theta = -0.05 - (0.1 / 0.75) * 1.5 / 4 = -0.1
    // (eps before the correction would give denom (1 + 2) / 0.5 = 6 and theta = -0.2 / 6 on step 1.)
    const [one, two] = runSteps(adam, { lr: 0.1, betas, eps: 2 }, [0], [[2], [2]]);
    expectNear(one, [-0.05]);
    expectNear(two, [-0.1]);
  });

  it('adds weight_decay * theta to the gradient', () => {
    // Same as above from theta = 1 with weight_decay 0.5: raw grads 1.5 then 1.525 become
    // g = 1.5 + 0.5 * 1 = 2 and g = 1.525 + 0.5 * 0.95 = 2, so the steps are again 0.05 and 0.05.
    const [one, two] = runSteps(adam, { lr: 0.1, betas, eps: 2, weight_decay: 0.5 }, [1], [[1.5], [1.525]]);
    expectNear(one, [0.95]);
    expectNear(two, [0.9]);
  });

  it('amsgrad keeps the max of the raw v and corrects it with the current step', () => {
    // lr 0.1, eps 1, theta = 0, grads 4 then 0:
    // step 1: m = 2, v = 4, vmax = 4; denom = 2 / 0.5 + 1 = 5; theta = -(0.1 / 0.5) * 2 / 5 = -0.08
    // step 2: m = 1, v = 3, vmax = 4; denom = 2 / sqrt(0.4375) + 1; theta = -0.08 - (0.1 / 0.75) / denom
    // (the documented max of v / bc2 would keep 16 and use denom 5.)
    const [one, two] = runSteps(adam, { lr: 0.1, betas, eps: 1, amsgrad: true }, [0], [[4], [0]]);
    expectNear(one, [-0.08]);
    expectNear(two, [-0.08 - 0.4 / 3 / (2 / Math.sqrt(0.4375) + 1)]);
  });
});
