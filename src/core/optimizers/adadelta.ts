import type { Optimizer, StepKernel } from './Optimizer.ts';
import { num } from './Optimizer.ts';
import { epsParam, lrParam, weightDecayParam } from './hyperparams.ts';
import { withWeightDecay } from './withWeightDecay.ts';

/** One coordinate; the kernel takes coordinates two a turn (see StepKernel). */
function adadeltaAt(theta: Float64Array, grad: Float64Array, v: Float64Array, u: Float64Array, i: number, lr: number, rho: number, c: number, eps: number): void {
  const g = grad[i];
  const vi = rho * v[i] + c * g * g;
  v[i] = vi;
  // delta uses the old u; u then takes in the new delta.
  const delta = (Math.sqrt(u[i] + eps) / Math.sqrt(vi + eps)) * g;
  u[i] = rho * u[i] + c * delta * delta;
  theta[i] -= lr * delta;
}

export const adadelta: Optimizer = {
  id: 'adadelta',
  name: 'Adadelta',
  torch: 'torch.optim.Adadelta',
  summary: 'Sizes each step by the ratio of recent step sizes to recent gradient sizes, so it needs no learning rate of its own.',
  hyperparameters: [
    lrParam(1, 'Scales the finished update; the original method has none (lr = 1).', [1e-3, 10]),
    {
      name: 'rho',
      kind: 'number',
      default: 0.9,
      min: 0,
      max: 1,
      slider: [0.5, 0.999],
      help: 'Decay rate of the running means of squared gradients and squared steps.',
    },
    epsParam(1e-6, 'Inside both square roots: sets the size of the very first steps.'),
    weightDecayParam(),
  ],
  stateSlots: 2,
  stateScalars: 0,
  kernel(p) {
    const rho = num(p, 'rho');
    const c = 1 - rho;
    const eps = num(p, 'eps');
    const rule: StepKernel = (theta, grad, state, live) => {
      const lr = live.lr;
      const v = state.slots[0];
      const u = state.slots[1];
      if (++state.t === 1) {
        v.fill(0);
        u.fill(0);
      }
      let i = state.n & 1;
      if (i === 1) adadeltaAt(theta, grad, v, u, 0, lr, rho, c, eps);
      for (; i < state.n; i += 2) {
        adadeltaAt(theta, grad, v, u, i, lr, rho, c, eps);
        adadeltaAt(theta, grad, v, u, i + 1, lr, rho, c, eps);
      }
    };
    return withWeightDecay(rule, num(p, 'weight_decay'));
  },
};
