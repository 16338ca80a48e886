import { describe, it } from 'vitest';
import { radam } from '../../../src/core/optimizers/radam.ts';
import { expectNear, runSteps } from './runSteps.ts';

describe('radam', () => {
  it('takes un-normalised momentum steps lr * m / bc1 while rho_t <= 5', () => {
    // lr 0.1, betas (0.5, 0.999), theta = 1, grads 2 then -4 (rho_1 = 1, rho_2 < 3: both un-normalised):
    // step 1: m = 1,               m_hat = 1 / 0.5 = 2;     theta = 1 - 0.2 = 0.8
    // step 2: m = 0.5 - 2 = -1.5,  m_hat = -1.5 / 0.75 = -2; theta = 0.8 + 0.2 = 1
    const [one, two] = runSteps(radam, { lr: 0.1, betas: [0.5, 0.999] }, [1], [[2], [-4]]);
    expectNear(one, [0.8]);
    expectNear(two, [1]);
  });

  it('switches to the rectified step at t = 6 for beta2 = 0.999, with eps added to sqrt(v)', () => {
    // lr 0.1, betas (0.5, 0.999), eps 1, theta = 0, constant grad 2: m_hat = 2 and v = bc2 * 4 every step.
    // rho_inf = 1999; rho_5 = 1999 - 10 * 0.999^5 / (1 - 0.999^5) = 4.99600 (un-normalised),
    // rho_6 = 1999 - 12 * 0.999^6 / (1 - 0.999^6) = 5.99416 (rectified).
    // Steps 1-5 each move 0.1 * 2: theta = -1.
    // Step 6: bc2 = 1 - 0.999^6 = 0.0059850199850060,
    //   rect = sqrt((rho_6 - 4)(rho_6 - 2) rho_inf / ((rho_inf - 4)(rho_inf - 2) rho_6)) = 0.0258211128018586,
    //   adaptive = sqrt(bc2) / (2 sqrt(bc2) + 1) = 0.0669967791930674,
    //   theta = -1 - 2 * 0.1 * adaptive * rect = -1.000345986278581
    const steps = runSteps(
      radam,
      { lr: 0.1, betas: [0.5, 0.999], eps: 1 },
      [0],
      Array.from({ length: 6 }, () => [2]),
    );
    expectNear(steps[4], [-1]);
    expectNear(steps[5], [-1 - 0.2 * 0.0669967791930674 * 0.0258211128018586]);
  });
});
