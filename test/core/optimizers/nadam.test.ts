import { describe, it } from 'vitest';
import { nadam } from '../../../src/core/optimizers/nadam.ts';
import { expectNear, runSteps } from './runSteps.ts';

describe('nadam', () => {
  it('uses the documented mu schedule and running product', () => {
    // momentum_decay = ln 0.5 / ln 0.96 makes 0.96^(t * momentum_decay) = 0.5^t, so with beta1 0.5:
    // mu_1 = 0.5 (1 - 0.25) = 0.375, mu_2 = 0.5 (1 - 0.125) = 0.4375, mu_3 = 0.5 (1 - 0.0625) = 0.46875.
    // lr 0.1, betas (0.5, 0.75), eps 2, theta = 0, grad 2 twice:
    // step 1: prod = 0.375; m = 1, v = 1, denom = sqrt(1 / 0.25) + 2 = 4
    //         theta = -0.1 (0.625 / 0.625) 2/4 - 0.1 * 0.4375 / (1 - 0.375 * 0.4375) * 1/4
    //               = -0.05 - 0.1 * (56/107) / 4 = -0.05 - 1.4/107
    // step 2: prod = 0.375 * 0.4375 = 0.1640625; m = 1.5, v = 1.75, denom = sqrt(1.75 / 0.4375) + 2 = 4
    //         theta -= 0.1 * 0.5625 / 0.8359375 * 2/4 = 3.6/107
    //         theta -= 0.1 * 0.46875 / (1 - 0.1640625 * 0.46875) * 1.5/4
    // (1.13's default path, counting mu_t twice, divides step 1's second term by 1 - 0.375^2 * 0.4375 instead.)
    const input = { lr: 0.1, betas: [0.5, 0.75], eps: 2, momentum_decay: Math.log(0.5) / Math.log(0.96) };
    const [one, two] = runSteps(nadam, input, [0], [[2], [2]]);
    const theta1 = -0.05 - 1.4 / 107;
    expectNear(one, [theta1]);
    expectNear(two, [theta1 - 3.6 / 107 - ((0.1 * 0.46875) / (1 - 0.1640625 * 0.46875)) * (1.5 / 4)]);
  });
});
