import { describe, it } from 'vitest';
import { adamax } from '../../../src/core/optimizers/adamax.ts';
import { expectNear, runSteps } from './runSteps.ts';

describe('adamax', () => {
  it('takes u = max(beta2 u, |g| + eps) and bias-corrects only m', () => {
    // lr 0.1, betas (0.5, 0.75), eps 1, theta = (0, 0), grads (2, 1) then (1, 3):
    // step 1: clr = 0.1 / 0.5 = 0.2; m = (1, 0.5); u = (3, 2);  theta = -0.2 (1/3, 0.5/2) = (-1/15, -0.05)
    // step 2: clr = 0.1 / 0.75 = 2/15; m = (0.5 + 0.5, 0.25 + 1.5) = (1, 1.75);
    //         u = (max(2.25, 2), max(1.5, 4)) = (2.25, 4)
    //         theta = (-1/15 - (2/15) / 2.25, -0.05 - (2/15) * 1.75 / 4) = (-17/135, -13/120)
    // (eps outside the max would give u = 2.5 for the first coordinate.)
    const input = { lr: 0.1, betas: [0.5, 0.75], eps: 1 };
    const [one, two] = runSteps(
      adamax,
      input,
      [0, 0],
      [
        [2, 1],
        [1, 3],
      ],
    );
    expectNear(one, [-1 / 15, -0.05]);
    expectNear(two, [-17 / 135, -13 / 120]);
  });
});
