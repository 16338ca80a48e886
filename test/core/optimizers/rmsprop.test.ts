import { describe, it } from 'vitest';
import { rmsprop } from '../../../src/core/optimizers/rmsprop.ts';
import { expectNear, runSteps } from './runSteps.ts';

describe('rmsprop', () => {
  it('has no bias correction and adds eps after the root', () => {
    // lr 0.1, alpha 0.75, eps 1, theta = 0, grads 4 then 2:
    // step 1: v = 0.25 * 16 = 4;     theta = -0.1 * 4 / (2 + 1) = -2/15
    // step 2: v = 3 + 0.25 * 4 = 4;  theta = -2/15 - 0.1 * 2 / (2 + 1) = -0.2
    const [one, two] = runSteps(rmsprop, { lr: 0.1, alpha: 0.75, eps: 1 }, [0], [[4], [2]]);
    expectNear(one, [-2 / 15]);
    expectNear(two, [-0.2]);
  });

  it('centered with momentum: divides by sqrt(v - gavg^2) + eps and accumulates g / denom', () => {
    // lr 0.1, alpha 0.5, eps 1, momentum 0.5, centered, theta = 0, grads 4 then 2:
    // step 1: v = 8, gavg = 2, denom = sqrt(8 - 4) + 1 = 3; b = 4/3; theta = -2/15
    // step 2: v = 4 + 2 = 6, gavg = 1 + 1 = 2, denom = sqrt(2) + 1; b = 2/3 + 2 / (1 + sqrt 2) = 2/3 + 2 (sqrt 2 - 1)
    //         theta = -2/15 - 0.1 b = -2/15 - 1/15 - 0.2 sqrt 2 + 0.2 = -0.2 sqrt 2
    const input = { lr: 0.1, alpha: 0.5, eps: 1, momentum: 0.5, centered: true };
    const [one, two] = runSteps(rmsprop, input, [0], [[4], [2]]);
    expectNear(one, [-2 / 15]);
    expectNear(two, [-0.2 * Math.SQRT2]);
  });
});
