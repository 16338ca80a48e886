import type { Optimizer, StepKernel } from './Optimizer.ts';
import { num, pair } from './Optimizer.ts';
import { betasParam, epsParam, lrParam, weightDecayParam } from './hyperparams.ts';
import { withWeightDecay } from './withWeightDecay.ts';

/** One coordinate; the kernel takes coordinates two a turn (see StepKernel). */
function adamaxAt(
  theta: Float64Array,
  grad: Float64Array,
  m: Float64Array,
  u: Float64Array,
  i: number,
  clr: number,
  beta1: number,
  c1: number,
  beta2: number,
  eps: number,
): void {
  const g = grad[i];
  const mi = beta1 * m[i] + c1 * g;
  const ui = Math.max(beta2 * u[i], Math.abs(g) + eps);
  m[i] = mi;
  u[i] = ui;
  theta[i] -= (clr * mi) / ui;
}

export const adamax: Optimizer = {
  id: 'adamax',
  name: 'Adamax',
  torch: 'torch.optim.Adamax',
  summary: 'Adam with the root mean square replaced by a decaying maximum of gradient sizes, so one large gradient bounds the step.',
  hyperparameters: [lrParam(0.002), betasParam, epsParam(1e-8, 'Added to |g| inside the maximum, so the divisor is never 0.'), weightDecayParam()],
  stateSlots: 2,
  stateScalars: 0,
  kernel(p) {
    const beta2 = pair(p, 'betas')[1];
    const eps = num(p, 'eps');
    const rule: StepKernel = (theta, grad, state, live) => {
      const { lr, momentum: beta1 } = live;
      const c1 = 1 - beta1;
      const t = ++state.t;
      const m = state.slots[0];
      const u = state.slots[1];
      if (t === 1) {
        m.fill(0);
        u.fill(0);
      }
      // Only the first moment is bias-corrected.
      const clr = lr / (1 - beta1 ** t);
      let i = state.n & 1;
      if (i === 1) adamaxAt(theta, grad, m, u, 0, clr, beta1, c1, beta2, eps);
      for (; i < state.n; i += 2) {
        adamaxAt(theta, grad, m, u, i, clr, beta1, c1, beta2, eps);
        adamaxAt(theta, grad, m, u, i + 1, clr, beta1, c1, beta2, eps);
      }
    };
    return withWeightDecay(rule, num(p, 'weight_decay'));
  },
};
