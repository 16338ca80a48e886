import type { Optimizer, StepKernel } from './Optimizer.ts';
import { num, pair } from './Optimizer.ts';
import { betasParam, epsParam, lrParam, weightDecayParam } from './hyperparams.ts';
import { withWeightDecay } from './withWeightDecay.ts';

/*
 * One coordinate, in the first steps (plain momentum) and once rectified; the kernel picks one for
 * the step and takes coordinates two a turn (see StepKernel). Both update m and v alike.
 */

function unrectifiedAt(
  theta: Float64Array,
  grad: Float64Array,
  m: Float64Array,
  v: Float64Array,
  i: number,
  beta1: number,
  c1: number,
  beta2: number,
  c2: number,
  bc1: number,
  lr: number,
): void {
  const g = grad[i];
  const mi = beta1 * m[i] + c1 * g;
  m[i] = mi;
  v[i] = beta2 * v[i] + c2 * g * g;
  theta[i] -= (mi / bc1) * lr;
}

function rectifiedAt(
  theta: Float64Array,
  grad: Float64Array,
  m: Float64Array,
  v: Float64Array,
  i: number,
  beta1: number,
  c1: number,
  beta2: number,
  c2: number,
  bc1: number,
  lr: number,
  sqrtBc2: number,
  eps: number,
  rect: number,
): void {
  const g = grad[i];
  const mi = beta1 * m[i] + c1 * g;
  const vi = beta2 * v[i] + c2 * g * g;
  m[i] = mi;
  v[i] = vi;
  theta[i] -= (mi / bc1) * lr * (sqrtBc2 / (Math.sqrt(vi) + eps)) * rect;
}

export const radam: Optimizer = {
  id: 'radam',
  name: 'RAdam',
  torch: 'torch.optim.RAdam',
  summary: 'Adam that takes plain momentum steps until its second-moment estimate is trustworthy, then rectifies the adaptive step.',
  hyperparameters: [lrParam(0.001), betasParam, epsParam(1e-8, "Added to sqrt(v) before the bias correction (PyTorch's code, not its docs)."), weightDecayParam()],
  stateSlots: 2,
  stateScalars: 0,
  kernel(p) {
    const beta2 = pair(p, 'betas')[1];
    const c2 = 1 - beta2;
    const eps = num(p, 'eps');
    const rhoInf = 2 / (1 - beta2) - 1;
    const rule: StepKernel = (theta, grad, state, live) => {
      const { lr, momentum: beta1 } = live;
      const c1 = 1 - beta1;
      const t = ++state.t;
      const m = state.slots[0];
      const v = state.slots[1];
      if (t === 1) {
        m.fill(0);
        v.fill(0);
      }
      const bc1 = 1 - beta1 ** t;
      const beta2t = beta2 ** t;
      const bc2 = 1 - beta2t;
      const rhoT = rhoInf - (2 * t * beta2t) / bc2;
      // Depends on t and beta2 only: the first steps (five for the usual beta2) are un-normalised.
      const rectified = rhoT > 5;
      const rect = rectified ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT)) : 0;
      const sqrtBc2 = Math.sqrt(bc2);
      let i = state.n & 1;
      if (rectified) {
        if (i === 1) rectifiedAt(theta, grad, m, v, 0, beta1, c1, beta2, c2, bc1, lr, sqrtBc2, eps, rect);
        for (; i < state.n; i += 2) {
          rectifiedAt(theta, grad, m, v, i, beta1, c1, beta2, c2, bc1, lr, sqrtBc2, eps, rect);
          rectifiedAt(theta, grad, m, v, i + 1, beta1, c1, beta2, c2, bc1, lr, sqrtBc2, eps, rect);
        }
      } else {
        if (i === 1) unrectifiedAt(theta, grad, m, v, 0, beta1, c1, beta2, c2, bc1, lr);
        for (; i < state.n; i += 2) {
          unrectifiedAt(theta, grad, m, v, i, beta1, c1, beta2, c2, bc1, lr);
          unrectifiedAt(theta, grad, m, v, i + 1, beta1, c1, beta2, c2, bc1, lr);
        }
      }
    };
    return withWeightDecay(rule, num(p, 'weight_decay'));
  },
};
