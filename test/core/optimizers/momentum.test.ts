import { describe, it } from 'vitest';
import { momentum } from '../../../src/core/optimizers/momentum.ts';
import { expectNear, runSteps } from './runSteps.ts';

describe('momentum', () => {
  it('starts the buffer at g (no dampening on step 1), then b = momentum b + (1 - dampening) g', () => {
    // lr 0.1, momentum 0.9, dampening 0.5, theta = (1, 0), grads (2, -1) then (4, 0):
    // step 1: b = g = (2, -1);                              theta = (1 - 0.2, 0 + 0.1)     = (0.8, 0.1)
    // step 2: b = 0.9 (2, -1) + 0.5 (4, 0) = (3.8, -0.9);   theta = (0.8 - 0.38, 0.1 + 0.09) = (0.42, 0.19)
    // (dampening on step 1 would give b = (1, -0.5) and theta = (0.9, 0.05).)
    const [one, two] = runSteps(
      momentum,
      { lr: 0.1, momentum: 0.9, dampening: 0.5 },
      [1, 0],
      [
        [2, -1],
        [4, 0],
      ],
    );
    expectNear(one, [0.8, 0.1]);
    expectNear(two, [0.42, 0.19]);
  });
});
