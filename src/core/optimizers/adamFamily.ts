import type { NumberParam, Optimizer, StepKernel } from './Optimizer.ts';
import { flag, num, pair } from './Optimizer.ts';
import { amsgradParam, betasParam, epsParam, lrParam } from './hyperparams.ts';

interface AdamSettings {
  readonly beta2: number;
  readonly eps: number;
  readonly amsgrad: boolean;
  /** Adam's weight decay: an L2 term added to the gradient. */
  readonly l2: number;
  /** AdamW's weight decay: theta shrinks by 1 - lr * decoupled before the update. */
  readonly decoupled: number;
}

/** Slots: m, v, and the running maximum of v (used only with amsgrad). */
function adamKernel({ beta2, eps, amsgrad, l2, decoupled }: AdamSettings): StepKernel {
  const c2 = 1 - beta2;
  return (theta, grad, state, live) => {
    const { lr, momentum: beta1 } = live;
    const shrink = 1 - lr * decoupled;
    const c1 = 1 - beta1;
    const t = ++state.t;
    const m = state.slots[0];
    const v = state.slots[1];
    const vmax = state.slots[2];
    if (t === 1) {
      m.fill(0);
      v.fill(0);
      vmax.fill(0);
    }
    const stepSize = lr / (1 - beta1 ** t);
    const sqrtBc2 = Math.sqrt(1 - beta2 ** t);
    for (let i = 0; i < state.n; i++) {
      const x = theta[i];
      const g = grad[i] + l2 * x;
      const mi = beta1 * m[i] + c1 * g;
      let vi = beta2 * v[i] + c2 * g * g;
      m[i] = mi;
      v[i] = vi;
      // PyTorch keeps the max of the raw v, then corrects it with this step's bias correction.
      if (amsgrad) vi = vmax[i] = Math.max(vmax[i], vi);
      theta[i] = x * shrink - (stepSize * mi) / (Math.sqrt(vi) / sqrtBc2 + eps);
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
      return adamKernel({
        beta2: pair(p, 'betas')[1],
        eps: num(p, 'eps'),
        amsgrad: flag(p, 'amsgrad'),
        l2: decoupled ? 0 : wd,
        decoupled: decoupled ? wd : 0,
      });
    },
  };
}
