import type { Optimizer, StepKernel } from './Optimizer.ts';
import { flag, num } from './Optimizer.ts';
import { epsParam, lrParam, momentumParam, weightDecayParam } from './hyperparams.ts';
import { withWeightDecay } from './withWeightDecay.ts';

export const rmsprop: Optimizer = {
  id: 'rmsprop',
  name: 'RMSprop',
  torch: 'torch.optim.RMSprop',
  summary: 'Divides each step by the root of a running mean of squared gradients, forgetting old gradients unlike Adagrad.',
  hyperparameters: [
    lrParam(0.01),
    {
      name: 'alpha',
      kind: 'number',
      default: 0.99,
      min: 0,
      max: Infinity,
      slider: [0.5, 0.999],
      help: 'Decay rate of the running mean of squared gradients (no bias correction: first step ~ lr / sqrt(1 - alpha)).',
    },
    epsParam(1e-8, 'Added to the root of the running mean so the step stays finite.'),
    weightDecayParam(),
    momentumParam(0, 'Momentum on the scaled step; its buffer starts at 0, unlike SGD\'s.'),
    {
      name: 'centered',
      kind: 'boolean',
      default: false,
      help: 'Divide by an estimate of the gradient\'s variance instead of its raw second moment.',
    },
  ],
  /** v, the running mean of g (centered), the momentum buffer. */
  stateSlots: 3,
  stateScalars: 0,
  kernel(p) {
    const alpha = num(p, 'alpha');
    const c = 1 - alpha;
    const eps = num(p, 'eps');
    const useMomentum = num(p, 'momentum') > 0;
    const centered = flag(p, 'centered');
    // One loop per combination of centered and momentum, so no loop tests an option per element.
    const rule: StepKernel = (theta, grad, state, live) => {
      const { lr, momentum: mu } = live;
      const n = state.n;
      const v = state.slots[0];
      const gavg = state.slots[1];
      const buf = state.slots[2];
      if (++state.t === 1) {
        v.fill(0);
        gavg.fill(0);
        buf.fill(0);
      }
      if (!centered && !useMomentum) {
        for (let i = 0; i < n; i++) {
          const g = grad[i];
          const vi = alpha * v[i] + c * g * g;
          v[i] = vi;
          theta[i] -= (lr * g) / (Math.sqrt(vi) + eps);
        }
      } else if (!centered) {
        for (let i = 0; i < n; i++) {
          const g = grad[i];
          const vi = alpha * v[i] + c * g * g;
          v[i] = vi;
          const b = mu * buf[i] + g / (Math.sqrt(vi) + eps);
          buf[i] = b;
          theta[i] -= lr * b;
        }
      } else if (!useMomentum) {
        for (let i = 0; i < n; i++) {
          const g = grad[i];
          const vi = alpha * v[i] + c * g * g;
          v[i] = vi;
          const a = alpha * gavg[i] + c * g;
          gavg[i] = a;
          theta[i] -= (lr * g) / (Math.sqrt(vi - a * a) + eps);
        }
      } else {
        for (let i = 0; i < n; i++) {
          const g = grad[i];
          const vi = alpha * v[i] + c * g * g;
          v[i] = vi;
          const a = alpha * gavg[i] + c * g;
          gavg[i] = a;
          const b = mu * buf[i] + g / (Math.sqrt(vi - a * a) + eps);
          buf[i] = b;
          theta[i] -= lr * b;
        }
      }
    };
    return withWeightDecay(rule, num(p, 'weight_decay'));
  },
};
