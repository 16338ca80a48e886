import { describe, it } from 'vitest';
import { nag } from '../../../src/core/optimizers/nag.ts';
import { expectNear, runSteps } from './runSteps.ts';

describe('nag', () => {
  it('steps along g + momentum * b with the buffer seeded by g', () => {
    // lr 0.1, momentum 0.9, theta = (1, 0), grads (2, 1) then (4, -1):
    // step 1: b = (2, 1);                         theta = (1, 0) - 0.1 (2 + 1.8, 1 + 0.9)    = (0.62, -0.19)
    // step 2: b = 0.9 (2, 1) + (4, -1) = (5.8, -0.1);
    //         theta = (0.62, -0.19) - 0.1 (4 + 5.22, -1 - 0.09) = (0.62 - 0.922, -0.19 + 0.109) = (-0.302, -0.081)
    const [one, two] = runSteps(
      nag,
      { lr: 0.1, momentum: 0.9 },
      [1, 0],
      [
        [2, 1],
        [4, -1],
      ],
    );
    expectNear(one, [0.62, -0.19]);
    expectNear(two, [-0.302, -0.081]);
  });
});
