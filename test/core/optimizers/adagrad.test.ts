import { describe, it } from 'vitest';
import { adagrad } from '../../../src/core/optimizers/adagrad.ts';
import { expectNear, runSteps } from './runSteps.ts';

describe('adagrad', () => {
  it('starts the sum at initial_accumulator_value, adds eps after the root and decays lr by (t - 1)', () => {
    // lr 0.1, lr_decay 0.5, initial_accumulator_value 7, eps 1, theta = 1, grad 3 twice:
    // step 1: sum = 7 + 9 = 16; clr = 0.1 / (1 + 0 * 0.5) = 0.1;  theta = 1 - 0.1 * 3 / (4 + 1) = 0.94
    // step 2: sum = 25;         clr = 0.1 / (1 + 1 * 0.5) = 1/15; theta = 0.94 - (1/15) * 3 / (5 + 1) = 0.94 - 1/30
    // (a sum starting at 0 would give 1 - 0.3 / 4 = 0.925 on step 1.)
    const input = { lr: 0.1, lr_decay: 0.5, initial_accumulator_value: 7, eps: 1 };
    const [one, two] = runSteps(adagrad, input, [1], [[3], [3]]);
    expectNear(one, [0.94]);
    expectNear(two, [0.94 - 1 / 30]);
  });
});
