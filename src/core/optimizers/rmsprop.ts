import type { Optimizer, OptimizerState, StepKernel } from './Optimizer.ts';
import { flag, num } from './Optimizer.ts';
import { epsParam, lrParam, momentumParam, weightDecayParam } from './hyperparams.ts';
import { withWeightDecay } from './withWeightDecay.ts';

/*
 * One coordinate of each combination of centered and momentum; the kernels take coordinates two a
 * turn (see StepKernel). v is the running mean of g², gavg that of g (centered), buf the momentum.
 */

function plainAt(theta: Float64Array, grad: Float64Array, v: Float64Array, i: number, lr: number, alpha: number, c: number, eps: number): void {
  const g = grad[i];
  const vi = alpha * v[i] + c * g * g;
  v[i] = vi;
  theta[i] -= (lr * g) / (Math.sqrt(vi) + eps);
}

function momentumAt(
  theta: Float64Array,
  grad: Float64Array,
  v: Float64Array,
  buf: Float64Array,
  i: number,
  lr: number,
  mu: number,
  alpha: number,
  c: number,
  eps: number,
): void {
  const g = grad[i];
  const vi = alpha * v[i] + c * g * g;
  v[i] = vi;
  const b = mu * buf[i] + g / (Math.sqrt(vi) + eps);
  buf[i] = b;
  theta[i] -= lr * b;
}

function centeredAt(theta: Float64Array, grad: Float64Array, v: Float64Array, gavg: Float64Array, i: number, lr: number, alpha: number, c: number, eps: number): void {
  const g = grad[i];
  const vi = alpha * v[i] + c * g * g;
  v[i] = vi;
  const a = alpha * gavg[i] + c * g;
  gavg[i] = a;
  theta[i] -= (lr * g) / (Math.sqrt(vi - a * a) + eps);
}

function centeredMomentumAt(
  theta: Float64Array,
  grad: Float64Array,
  v: Float64Array,
  gavg: Float64Array,
  buf: Float64Array,
  i: number,
  lr: number,
  mu: number,
  alpha: number,
  c: number,
  eps: number,
): void {
  const g = grad[i];
  const vi = alpha * v[i] + c * g * g;
  v[i] = vi;
  const a = alpha * gavg[i] + c * g;
  gavg[i] = a;
  const b = mu * buf[i] + g / (Math.sqrt(vi - a * a) + eps);
  buf[i] = b;
  theta[i] -= lr * b;
}

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
    momentumParam(0, "Momentum on the scaled step; its buffer starts at 0, unlike SGD's."),
    {
      name: 'centered',
      kind: 'boolean',
      default: false,
      help: "Divide by an estimate of the gradient's variance instead of its raw second moment.",
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
    // One function literal per combination of centered and momentum, so no loop tests an option per
    // element and V8 compiles each combination on its own.
    let rule: StepKernel;
    if (!centered && !useMomentum) {
      rule = (theta, grad, state, live) => {
        const lr = live.lr;
        const v = firstZeroed(state)[0];
        let i = state.n & 1;
        if (i === 1) plainAt(theta, grad, v, 0, lr, alpha, c, eps);
        for (; i < state.n; i += 2) {
          plainAt(theta, grad, v, i, lr, alpha, c, eps);
          plainAt(theta, grad, v, i + 1, lr, alpha, c, eps);
        }
      };
    } else if (!centered) {
      rule = (theta, grad, state, live) => {
        const { lr, momentum: mu } = live;
        const slots = firstZeroed(state);
        const v = slots[0];
        const buf = slots[2];
        let i = state.n & 1;
        if (i === 1) momentumAt(theta, grad, v, buf, 0, lr, mu, alpha, c, eps);
        for (; i < state.n; i += 2) {
          momentumAt(theta, grad, v, buf, i, lr, mu, alpha, c, eps);
          momentumAt(theta, grad, v, buf, i + 1, lr, mu, alpha, c, eps);
        }
      };
    } else if (!useMomentum) {
      rule = (theta, grad, state, live) => {
        const lr = live.lr;
        const slots = firstZeroed(state);
        const v = slots[0];
        const gavg = slots[1];
        let i = state.n & 1;
        if (i === 1) centeredAt(theta, grad, v, gavg, 0, lr, alpha, c, eps);
        for (; i < state.n; i += 2) {
          centeredAt(theta, grad, v, gavg, i, lr, alpha, c, eps);
          centeredAt(theta, grad, v, gavg, i + 1, lr, alpha, c, eps);
        }
      };
    } else {
      rule = (theta, grad, state, live) => {
        const { lr, momentum: mu } = live;
        const slots = firstZeroed(state);
        const v = slots[0];
        const gavg = slots[1];
        const buf = slots[2];
        let i = state.n & 1;
        if (i === 1) centeredMomentumAt(theta, grad, v, gavg, buf, 0, lr, mu, alpha, c, eps);
        for (; i < state.n; i += 2) {
          centeredMomentumAt(theta, grad, v, gavg, buf, i, lr, mu, alpha, c, eps);
          centeredMomentumAt(theta, grad, v, gavg, buf, i + 1, lr, mu, alpha, c, eps);
        }
      };
    }
    return withWeightDecay(rule, num(p, 'weight_decay'));
  },
};

/**
 * Counts the step and zeroes v, the mean of g and the momentum buffer before the first; returns the
 * slots. Written out, not as a loop over the slots: a loop that runs only at the first step left V8
 * compiling Adam's update, which had one like it, ten times slower.
 */
function firstZeroed(state: OptimizerState): Float64Array[] {
  const slots = state.slots;
  if (++state.t === 1) {
    slots[0].fill(0);
    slots[1].fill(0);
    slots[2].fill(0);
  }
  return slots;
}
