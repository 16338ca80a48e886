import type { Optimizer, StepKernel } from './Optimizer.ts';
import { num } from './Optimizer.ts';
import { epsParam, lrParam, weightDecayParam } from './hyperparams.ts';
import { withWeightDecay } from './withWeightDecay.ts';

/** One coordinate; the kernel takes coordinates two a turn (see StepKernel). */
function adagradAt(theta: Float64Array, grad: Float64Array, sum: Float64Array, i: number, clr: number, eps: number): void {
  const g = grad[i];
  const s = sum[i] + g * g;
  sum[i] = s;
  theta[i] -= (clr * g) / (Math.sqrt(s) + eps);
}

export const adagrad: Optimizer = {
  id: 'adagrad',
  name: 'Adagrad',
  torch: 'torch.optim.Adagrad',
  summary: "Divides each coordinate's step by the root of all its squared gradients so far, so steep directions slow down for good.",
  hyperparameters: [
    lrParam(0.01, undefined, [1e-4, 10]),
    {
      name: 'lr_decay',
      kind: 'number',
      default: 0,
      min: 0,
      max: Infinity,
      slider: [0, 0.1],
      help: 'Learning rate at step t is lr / (1 + (t - 1) * lr_decay).',
    },
    weightDecayParam(),
    {
      name: 'initial_accumulator_value',
      kind: 'number',
      default: 0,
      min: 0,
      max: Infinity,
      slider: [0, 1],
      help: 'Starting value of the sum of squared gradients; damps the first steps.',
    },
    epsParam(1e-10, 'Added to sqrt(sum) so the step stays finite where gradients vanish.'),
  ],
  stateSlots: 1,
  stateScalars: 0,
  kernel(p) {
    const lrDecay = num(p, 'lr_decay');
    const initial = num(p, 'initial_accumulator_value');
    const eps = num(p, 'eps');
    const rule: StepKernel = (theta, grad, state, live) => {
      const t = ++state.t;
      const sum = state.slots[0];
      if (t === 1) sum.fill(initial);
      const clr = live.lr / (1 + (t - 1) * lrDecay);
      let i = state.n & 1;
      if (i === 1) adagradAt(theta, grad, sum, 0, clr, eps);
      for (; i < state.n; i += 2) {
        adagradAt(theta, grad, sum, i, clr, eps);
        adagradAt(theta, grad, sum, i + 1, clr, eps);
      }
    };
    return withWeightDecay(rule, num(p, 'weight_decay'));
  },
};
