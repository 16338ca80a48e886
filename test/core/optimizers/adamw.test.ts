import { describe, it } from 'vitest';
import { adamw } from '../../../src/core/optimizers/adamw.ts';
import { expectNear, runSteps } from './runSteps.ts';

describe('adamw', () => {
  it("shrinks theta by 1 - lr * weight_decay, then takes Adam's step with the raw gradient", () => {
    // lr 0.1, betas (0.5, 0.75), eps 2, weight_decay 0.5, theta = 1, grad 2 twice; Adam's steps
    // with these numbers are 0.05 and 0.05 (see adam.test.ts), and the shrink factor is 1 - 0.05 = 0.95:
    // step 1: theta = 1 * 0.95 - 0.05 = 0.9
    // step 2: theta = 0.9 * 0.95 - 0.05 = 0.805
    const input = { lr: 0.1, betas: [0.5, 0.75], eps: 2, weight_decay: 0.5 };
    const [one, two] = runSteps(adamw, input, [1], [[2], [2]]);
    expectNear(one, [0.9]);
    expectNear(two, [0.805]);
  });
});
