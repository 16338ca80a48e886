import type { NumberParam, Optimizer, StepKernel } from './Optimizer.ts';
import { flag, num, pair } from './Optimizer.ts';
import { amsgradParam, betasParam, epsParam, lrParam } from './hyperparams.ts';
import { withWeightDecay } from './withWeightDecay.ts';

interface AdamSettings {
  readonly beta2: number;
  readonly eps: number;
  readonly amsgrad: boolean;
  /** AdamW's weight decay: theta shrinks by 1 - lr * decoupled before the update. */
  readonly decoupled: number;
}

/**
 * Slots: m, v, and the running maximum of v (used only with amsgrad). One loop with AMSGrad and one
 * without; AdamW's shrink is a pass of its own, only when on, and gives the same numbers as
 * shrinking inside the loop (x * shrink is formed first either way).
 */
function adamKernel({ beta2, eps, amsgrad, decoupled }: AdamSettings): StepKernel {
  const c2 = 1 - beta2;
  return (theta, grad, state, live) => {
    const { lr, momentum: beta1 } = live;
    const c1 = 1 - beta1;
    const t = ++state.t;
    const n = state.n;
    const m = state.slots[0];
    const v = state.slots[1];
    const vmax = state.slots[2];
    if (t === 1) {
      m.fill(0);
      v.fill(0);
      vmax.fill(0);
    }
    if (decoupled !== 0) {
      const shrink = 1 - lr * decoupled;
      for (let i = 0; i < n; i++) theta[i] *= shrink;
    }
    const stepSize = lr / (1 - beta1 ** t);
    const sqrtBc2 = Math.sqrt(1 - beta2 ** t);
    if (!amsgrad) {
      for (let i = 0; i < n; i++) {
        const g = grad[i];
        const mi = beta1 * m[i] + c1 * g;
        const vi = beta2 * v[i] + c2 * g * g;
        m[i] = mi;
        v[i] = vi;
        theta[i] -= (stepSize * mi) / (Math.sqrt(vi) / sqrtBc2 + eps);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
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
      const rule = adamKernel({ beta2: pair(p, 'betas')[1], eps: num(p, 'eps'), amsgrad: flag(p, 'amsgrad'), decoupled: decoupled ? wd : 0 });
      // Adam's weight decay is an L2 term in the gradient.
      return withWeightDecay(rule, decoupled ? 0 : wd);
    },
  };
}
