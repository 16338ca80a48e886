import type { StepKernel } from './Optimizer.ts';
import { withWeightDecay } from './withWeightDecay.ts';

export interface SgdSettings {
  readonly weightDecay: number;
  /** Whether there is a momentum buffer at all: momentum 0 has none, as in PyTorch (dampening is then ignored). */
  readonly buffered: boolean;
  readonly dampening: number;
  readonly nesterov: boolean;
}

/* One coordinate of each rule; the kernels take coordinates two a turn (see StepKernel). */

function plainAt(theta: Float64Array, grad: Float64Array, i: number, lr: number): void {
  theta[i] -= lr * grad[i];
}

function nagAt(theta: Float64Array, grad: Float64Array, buf: Float64Array, i: number, keep: number, lr: number, mu: number): void {
  const g = grad[i];
  const b = keep * buf[i] + g;
  buf[i] = b;
  theta[i] -= lr * (g + mu * b);
}

function heavyBallAt(theta: Float64Array, grad: Float64Array, buf: Float64Array, i: number, keep: number, lr: number): void {
  const b = keep * buf[i] + grad[i];
  buf[i] = b;
  theta[i] -= lr * b;
}

function dampenedAt(theta: Float64Array, grad: Float64Array, buf: Float64Array, i: number, keep: number, take: number, lr: number): void {
  const b = keep * buf[i] + take * grad[i];
  buf[i] = b;
  theta[i] -= lr * b;
}

const plain: StepKernel = (theta, grad, state, live) => {
  const lr = live.lr;
  state.t++;
  let i = state.n & 1;
  if (i === 1) plainAt(theta, grad, 0, lr);
  for (; i < state.n; i += 2) {
    plainAt(theta, grad, i, lr);
    plainAt(theta, grad, i + 1, lr);
  }
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
      let i = state.n & 1;
      if (i === 1) nagAt(theta, grad, buf, 0, keep, lr, mu);
      for (; i < state.n; i += 2) {
        nagAt(theta, grad, buf, i, keep, lr, mu);
        nagAt(theta, grad, buf, i + 1, keep, lr, mu);
      }
    };
    return withWeightDecay(nag, weightDecay);
  }
  if (dampening === 0) {
    const heavyBall: StepKernel = (theta, grad, state, live) => {
      const { lr, momentum: mu } = live;
      const keep = bufferStep(state) === 1 ? 0 : mu;
      const buf = state.slots[0];
      let i = state.n & 1;
      if (i === 1) heavyBallAt(theta, grad, buf, 0, keep, lr);
      for (; i < state.n; i += 2) {
        heavyBallAt(theta, grad, buf, i, keep, lr);
        heavyBallAt(theta, grad, buf, i + 1, keep, lr);
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
    let i = state.n & 1;
    if (i === 1) dampenedAt(theta, grad, buf, 0, keep, take, lr);
    for (; i < state.n; i += 2) {
      dampenedAt(theta, grad, buf, i, keep, take, lr);
      dampenedAt(theta, grad, buf, i + 1, keep, take, lr);
    }
  };
  return withWeightDecay(dampened, weightDecay);
}
