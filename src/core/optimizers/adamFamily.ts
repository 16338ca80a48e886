import type { NumberParam, Optimizer, StepKernel } from './Optimizer.ts';
import { flag, num, pair } from './Optimizer.ts';
import { amsgradParam, betasParam, epsParam, lrParam } from './hyperparams.ts';
import { withWeightDecay } from './withWeightDecay.ts';

/**
 * The update, one function literal per variant: V8 compiles each on its own, so a setting one
 * variant branches on cannot send another back to slower code. Slots: m, v, and the running
 * maximum of v (used only with amsgrad). Each zeroes its own slots in line, and loops to state.n
 * itself: with a helper looping over the slots, or with the bound copied into a local (a few percent
 * faster in SGD's and RMSprop's loops), V8 compiled these updates about ten times slower once a long
 * run's calling loop was compiled on the stack.
 */
function adamKernel(beta2: number, eps: number, amsgrad: boolean): StepKernel {
  const c2 = 1 - beta2;
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
      for (let i = 0; i < state.n; i++) {
        const g = grad[i];
        const mi = beta1 * m[i] + c1 * g;
        const vi = beta2 * v[i] + c2 * g * g;
        m[i] = mi;
        v[i] = vi;
        theta[i] -= (stepSize * mi) / (Math.sqrt(vi) / sqrtBc2 + eps);
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
    for (let i = 0; i < state.n; i++) {
      const g = grad[i];
      const mi = beta1 * m[i] + c1 * g;
      const vi = beta2 * v[i] + c2 * g * g;
      m[i] = mi;
      v[i] = vi;
      // PyTorch keeps the max of the raw v, then corrects it with this step's bias correction.
      const vhat = Math.max(vmax[i], vi);
      vmax[i] = vhat;
      theta[i] -= (stepSize * mi) / (Math.sqrt(vhat) / sqrtBc2 + eps);
    }
  };
}

/**
 * AdamW's decay as a pass of its own in front of the update: theta shrinks by 1 - lr * weight_decay.
 * The update then subtracts its step from the shrunk theta, the numbers PyTorch's one expression gives.
 */
function withDecoupledDecay(kernel: StepKernel, weightDecay: number): StepKernel {
  if (weightDecay === 0) return kernel;
  return (theta, grad, state, live, gradientAt) => {
    const shrink = 1 - live.lr * weightDecay;
    for (let i = 0; i < state.n; i++) theta[i] *= shrink;
    kernel(theta, grad, state, live, gradientAt);
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
      const rule = adamKernel(pair(p, 'betas')[1], num(p, 'eps'), flag(p, 'amsgrad'));
      // Adam's weight decay is an L2 term in the gradient; AdamW's shrinks the parameters.
      return decoupled ? withDecoupledDecay(rule, wd) : withWeightDecay(rule, wd);
    },
  };
}
