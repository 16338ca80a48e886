import { describe, it } from 'vitest';
import { sgd } from '../../../src/core/optimizers/sgd.ts';
import { expectNear, runSteps } from './runSteps.ts';

describe('sgd', () => {
  it('folds weight decay into the gradient using the position before the step', () => {
    // lr 0.1, weight_decay 0.5, theta = (1, -2):
    // step 1, grad (2, 4):     g = (2 + 0.5, 4 - 1) = (2.5, 3);            theta = (1 - 0.25, -2 - 0.3) = (0.75, -2.3)
    // step 2, grad (-1, 0.5):  g = (-1 + 0.375, 0.5 - 1.15) = (-0.625, -0.65); theta = (0.8125, -2.235)
    const [one, two] = runSteps(
      sgd,
      { lr: 0.1, weight_decay: 0.5 },
      [1, -2],
      [
        [2, 4],
        [-1, 0.5],
      ],
    );
    expectNear(one, [0.75, -2.3]);
    expectNear(two, [0.8125, -2.235]);
  });
});
