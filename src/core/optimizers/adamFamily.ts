import type { NumberParam, Optimizer, StepKernel } from './Optimizer.ts';
import { flag, num, pair } from './Optimizer.ts';
import { amsgradParam, betasParam, epsParam, lrParam } from './hyperparams.ts';
import { withWeightDecay } from './withWeightDecay.ts';

/**
 * One coordinate of Adam: x is the point the step starts from (theta, or AdamW's shrunk theta), g
 * the gradient there. Slots: m, v, and with amsgrad the running maximum of v.
 */
function adamAt(
  theta: Float64Array,
  m: Float64Array,
  v: Float64Array,
  i: number,
  x: number,
  g: number,
  beta1: number,
  c1: number,
  beta2: number,
  c2: number,
  stepSize: number,
  sqrtBc2: number,
  eps: number,
): void {
  const mi = beta1 * m[i] + c1 * g;
  const vi = beta2 * v[i] + c2 * g * g;
  m[i] = mi;
  v[i] = vi;
  theta[i] = x - (stepSize * mi) / (Math.sqrt(vi) / sqrtBc2 + eps);
}

function amsgradAt(
  theta: Float64Array,
  m: Float64Array,
  v: Float64Array,
  vmax: Float64Array,
  i: number,
  x: number,
  g: number,
  beta1: number,
  c1: number,
  beta2: number,
  c2: number,
  stepSize: number,
  sqrtBc2: number,
  eps: number,
): void {
  const mi = beta1 * m[i] + c1 * g;
  const vi = beta2 * v[i] + c2 * g * g;
  m[i] = mi;
  v[i] = vi;
  // PyTorch keeps the max of the raw v, then corrects it with this step's bias correction.
  const vhat = Math.max(vmax[i], vi);
  vmax[i] = vhat;
  theta[i] = x - (stepSize * mi) / (Math.sqrt(vhat) / sqrtBc2 + eps);
}

/**
 * The update, one function literal per variant: V8 compiles each on its own, so a setting one
 * variant branches on cannot send another back to slower code. AdamW's decay shrinks x, the point
 * each coordinate's step starts from, in the same pass: PyTorch's theta * (1 - lr * weight_decay)
 * then minus the step. Each zeroes its own slots in line: with a helper looping over the slots, V8
 * compiled these updates about ten times slower once a long run's calling loop was compiled on the
 * stack.
 */
function adamKernel(beta2: number, eps: number, amsgrad: boolean, decay: number): StepKernel {
  const c2 = 1 - beta2;
  if (!amsgrad && decay === 0) {
    return (theta, grad, state, live) => {
      const { lr, momentum: beta1 } = live;
      const t = ++state.t;
      const m = state.slots[0];
      const v = state.slots[1];
      if (t === 1) {
        m.fill(0);
        v.fill(0);
      }
      const c1 = 1 - beta1;
      const stepSize = lr / (1 - beta1 ** t);
      const sqrtBc2 = Math.sqrt(1 - beta2 ** t);
      let i = state.n & 1;
      if (i === 1) adamAt(theta, m, v, 0, theta[0], grad[0], beta1, c1, beta2, c2, stepSize, sqrtBc2, eps);
      for (; i < state.n; i += 2) {
        adamAt(theta, m, v, i, theta[i], grad[i], beta1, c1, beta2, c2, stepSize, sqrtBc2, eps);
        adamAt(theta, m, v, i + 1, theta[i + 1], grad[i + 1], beta1, c1, beta2, c2, stepSize, sqrtBc2, eps);
      }
    };
  }
  if (!amsgrad) {
    return (theta, grad, state, live) => {
      const { lr, momentum: beta1 } = live;
      const t = ++state.t;
      const m = state.slots[0];
      const v = state.slots[1];
      if (t === 1) {
        m.fill(0);
        v.fill(0);
      }
      const c1 = 1 - beta1;
      const stepSize = lr / (1 - beta1 ** t);
      const sqrtBc2 = Math.sqrt(1 - beta2 ** t);
      const shrink = 1 - lr * decay;
      let i = state.n & 1;
      if (i === 1) adamAt(theta, m, v, 0, theta[0] * shrink, grad[0], beta1, c1, beta2, c2, stepSize, sqrtBc2, eps);
      for (; i < state.n; i += 2) {
        adamAt(theta, m, v, i, theta[i] * shrink, grad[i], beta1, c1, beta2, c2, stepSize, sqrtBc2, eps);
        adamAt(theta, m, v, i + 1, theta[i + 1] * shrink, grad[i + 1], beta1, c1, beta2, c2, stepSize, sqrtBc2, eps);
      }
    };
  }
  if (decay === 0) {
    return (theta, grad, state, live) => {
      const { lr, momentum: beta1 } = live;
      const t = ++state.t;
      const m = state.slots[0];
      const v = state.slots[1];
      const vmax = state.slots[2];
      if (t === 1) {
        m.fill(0);
        v.fill(0);
        vmax.fill(0);
      }
      const c1 = 1 - beta1;
      const stepSize = lr / (1 - beta1 ** t);
      const sqrtBc2 = Math.sqrt(1 - beta2 ** t);
      let i = state.n & 1;
      if (i === 1) amsgradAt(theta, m, v, vmax, 0, theta[0], grad[0], beta1, c1, beta2, c2, stepSize, sqrtBc2, eps);
      for (; i < state.n; i += 2) {
        amsgradAt(theta, m, v, vmax, i, theta[i], grad[i], beta1, c1, beta2, c2, stepSize, sqrtBc2, eps);
        amsgradAt(theta, m, v, vmax, i + 1, theta[i + 1], grad[i + 1], beta1, c1, beta2, c2, stepSize, sqrtBc2, eps);
      }
    };
  }
  return (theta, grad, state, live) => {
    const { lr, momentum: beta1 } = live;
    const t = ++state.t;
    const m = state.slots[0];
    const v = state.slots[1];
    const vmax = state.slots[2];
    if (t === 1) {
      m.fill(0);
      v.fill(0);
      vmax.fill(0);
    }
    const c1 = 1 - beta1;
    const stepSize = lr / (1 - beta1 ** t);
    const sqrtBc2 = Math.sqrt(1 - beta2 ** t);
    const shrink = 1 - lr * decay;
    let i = state.n & 1;
    if (i === 1) amsgradAt(theta, m, v, vmax, 0, theta[0] * shrink, grad[0], beta1, c1, beta2, c2, stepSize, sqrtBc2, eps);
    for (; i < state.n; i += 2) {
      amsgradAt(theta, m, v, vmax, i, theta[i] * shrink, grad[i], beta1, c1, beta2, c2, stepSize, sqrtBc2, eps);
      amsgradAt(theta, m, v, vmax, i + 1, theta[i + 1] * shrink, grad[i + 1], beta1, c1, beta2, c2, stepSize, sqrtBc2, eps);
    }
  };
}

export interface AdamVariant {
  readonly id: string;
  readonly name: string;
  readonly torch: string;
  readonly summary: string;
  readonly weightDecay: NumberParam;
  /** true: AdamW's decay of the parameters; false: Adam's L2 term in the gradient. */
  readonly decoupled: boolean;
}

/** Adam and AdamW: the same moments and step, differing only in how weight decay enters. */
export function adamFamily({ decoupled, weightDecay, ...about }: AdamVariant): Optimizer {
  return {
    ...about,
    hyperparameters: [
      lrParam(0.001),
      betasParam,
      epsParam(1e-8, 'Added to the bias-corrected sqrt(v) so the step stays finite where gradients vanish.'),
      weightDecay,
      amsgradParam,
    ],
    stateSlots: 3,
    stateScalars: 0,
    kernel(p) {
      const wd = num(p, 'weight_decay');
      // Adam's weight decay is an L2 term in the gradient; AdamW's shrinks the parameters.
      const rule = adamKernel(pair(p, 'betas')[1], num(p, 'eps'), flag(p, 'amsgrad'), decoupled ? wd : 0);
      return decoupled ? rule : withWeightDecay(rule, wd);
    },
  };
}
