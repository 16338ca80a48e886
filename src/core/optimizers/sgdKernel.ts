import type { StepKernel } from './Optimizer.ts';
import { withWeightDecay } from './withWeightDecay.ts';

export interface SgdSettings {
  readonly weightDecay: number;
  /** Whether there is a momentum buffer at all: momentum 0 has none, as in PyTorch (dampening is then ignored). */
  readonly buffered: boolean;
  readonly dampening: number;
  readonly nesterov: boolean;
}

const plain: StepKernel = (theta, grad, state, live) => {
  const lr = live.lr;
  state.t++;
  for (let i = 0; i < state.n; i++) theta[i] -= lr * grad[i];
};

/**
 * Counts the step and zeroes the buffer before the first: PyTorch seeds the buffer with g itself,
 * which keep = 0 and take = 1 give exactly from a zeroed buffer.
 */
function bufferStep(state: { t: number; slots: Float64Array[] }): number {
  const t = ++state.t;
  if (t === 1) state.slots[0].fill(0);
  return t;
}

/**
 * The update rule of torch.optim.SGD, shared by plain SGD, momentum and NAG: one loop for each, and
 * for momentum one without dampening (the gradient's weight is then 1, so it takes no multiply).
 */
export function sgdKernel({ weightDecay, buffered, dampening, nesterov }: SgdSettings): StepKernel {
  if (!buffered) return withWeightDecay(plain, weightDecay);
  if (nesterov) {
    // PyTorch refuses Nesterov with dampening, so the gradient enters the buffer with weight 1.
    const nag: StepKernel = (theta, grad, state, live) => {
      const { lr, momentum: mu } = live;
      const keep = bufferStep(state) === 1 ? 0 : mu;
      const buf = state.slots[0];
      const n = state.n;
      for (let i = 0; i < n; i++) {
        const g = grad[i];
        const b = keep * buf[i] + g;
        buf[i] = b;
        theta[i] -= lr * (g + mu * b);
      }
    };
    return withWeightDecay(nag, weightDecay);
  }
  if (dampening === 0) {
    const heavyBall: StepKernel = (theta, grad, state, live) => {
      const { lr, momentum: mu } = live;
      const keep = bufferStep(state) === 1 ? 0 : mu;
      const buf = state.slots[0];
      const n = state.n;
      for (let i = 0; i < n; i++) {
        const b = keep * buf[i] + grad[i];
        buf[i] = b;
        theta[i] -= lr * b;
      }
    };
    return withWeightDecay(heavyBall, weightDecay);
  }
  const gain = 1 - dampening;
  const dampened: StepKernel = (theta, grad, state, live) => {
    const { lr, momentum: mu } = live;
    const first = bufferStep(state) === 1;
    const keep = first ? 0 : mu;
    const take = first ? 1 : gain;
    const buf = state.slots[0];
    const n = state.n;
    for (let i = 0; i < n; i++) {
      const b = keep * buf[i] + take * grad[i];
      buf[i] = b;
      theta[i] -= lr * b;
    }
  };
  return withWeightDecay(dampened, weightDecay);
}
