import type { Optimizer, StepKernel } from './Optimizer.ts';
import { num, pair } from './Optimizer.ts';
import { betasParam, epsParam, lrParam, weightDecayParam } from './hyperparams.ts';
import { withWeightDecay } from './withWeightDecay.ts';

/** One coordinate; the kernel takes coordinates two a turn (see StepKernel). */
function nadamAt(
  theta: Float64Array,
  grad: Float64Array,
  m: Float64Array,
  v: Float64Array,
  i: number,
  beta1: number,
  c1: number,
  beta2: number,
  c2: number,
  bc2: number,
  eps: number,
  gradCoef: number,
  momentumCoef: number,
): void {
  const g = grad[i];
  const mi = beta1 * m[i] + c1 * g;
  const vi = beta2 * v[i] + c2 * g * g;
  m[i] = mi;
  v[i] = vi;
  const denom = Math.sqrt(vi / bc2) + eps;
  theta[i] = theta[i] - (gradCoef * g) / denom - (momentumCoef * mi) / denom;
}

export const nadam: Optimizer = {
  id: 'nadam',
  name: 'NAdam',
  torch: 'torch.optim.NAdam',
  summary: 'Adam with Nesterov momentum: the step looks ahead along the momentum, with a momentum coefficient that warms up over time.',
  hyperparameters: [
    lrParam(0.002),
    betasParam,
    epsParam(1e-8, 'Added to the bias-corrected sqrt(v) so the step stays finite where gradients vanish.'),
    weightDecayParam(),
    {
      name: 'momentum_decay',
      kind: 'number',
      default: 0.004,
      min: 0,
      max: Infinity,
      slider: [0, 0.05],
      help: 'How fast the momentum coefficient mu_t = beta1 (1 - 0.5 * 0.96^(t * momentum_decay)) warms up.',
    },
  ],
  stateSlots: 2,
  /** The product mu_1 ... mu_t, shared by all coordinates. */
  stateScalars: 1,
  kernel(p) {
    const beta2 = pair(p, 'betas')[1];
    const c2 = 1 - beta2;
    const eps = num(p, 'eps');
    const psi = num(p, 'momentum_decay');
    // This is the documented rule (PyTorch 2.0+, and 1.13's foreach path), not 1.13's default path that counts mu_t twice.
    const rule: StepKernel = (theta, grad, state, live) => {
      const { lr, momentum: beta1 } = live;
      const c1 = 1 - beta1;
      const t = ++state.t;
      const m = state.slots[0];
      const v = state.slots[1];
      if (t === 1) {
        m.fill(0);
        v.fill(0);
        state.scalars[0] = 1;
      }
      const mu = beta1 * (1 - 0.5 * 0.96 ** (t * psi));
      const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * psi));
      const prod = state.scalars[0] * mu;
      state.scalars[0] = prod;
      const gradCoef = (lr * (1 - mu)) / (1 - prod);
      const momentumCoef = (lr * muNext) / (1 - prod * muNext);
      const bc2 = 1 - beta2 ** t;
      let i = state.n & 1;
      if (i === 1) nadamAt(theta, grad, m, v, 0, beta1, c1, beta2, c2, bc2, eps, gradCoef, momentumCoef);
      for (; i < state.n; i += 2) {
        nadamAt(theta, grad, m, v, i, beta1, c1, beta2, c2, bc2, eps, gradCoef, momentumCoef);
        nadamAt(theta, grad, m, v, i + 1, beta1, c1, beta2, c2, bc2, eps, gradCoef, momentumCoef);
      }
    };
    return withWeightDecay(rule, num(p, 'weight_decay'));
  },
};
