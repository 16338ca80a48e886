import { describe, it } from 'vitest';
import { adadelta } from '../../../src/core/optimizers/adadelta.ts';
import { expectNear, runSteps } from './runSteps.ts';

describe('adadelta', () => {
  it('puts eps inside both roots and updates u with the new delta after using the old one', () => {
    // lr 0.75, rho 0.5, eps 1, theta = 0, grad 4 twice:
    // step 1: v = 0.5 * 16 = 8; delta = sqrt(0 + 1) / sqrt(8 + 1) * 4 = 4/3; u = 0.5 * 16/9 = 8/9
    //         theta = -0.75 * 4/3 = -1
    // step 2: v = 4 + 8 = 12;   delta = sqrt(8/9 + 1) / sqrt(12 + 1) * 4 = (4/3) sqrt(17/13)
    //         theta = -1 - 0.75 * (4/3) sqrt(17/13) = -1 - sqrt(17/13)
    const [one, two] = runSteps(adadelta, { lr: 0.75, rho: 0.5, eps: 1 }, [0], [[4], [4]]);
    expectNear(one, [-1]);
    expectNear(two, [-1 - Math.sqrt(17 / 13)]);
  });
});
