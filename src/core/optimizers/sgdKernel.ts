import type { StepKernel } from './Optimizer.ts';

export interface SgdSettings {
  readonly weightDecay: number;
  /** Whether there is a momentum buffer at all: momentum 0 has none, as in PyTorch (dampening is then ignored). */
  readonly buffered: boolean;
  readonly dampening: number;
  readonly nesterov: boolean;
}

/** The update rule of torch.optim.SGD, shared by plain SGD, momentum and NAG. */
export function sgdKernel({ weightDecay: wd, buffered, dampening, nesterov }: SgdSettings): StepKernel {
  if (!buffered) {
    return (theta, grad, state, live) => {
      const lr = live.lr;
      state.t++;
      for (let i = 0; i < state.n; i++) theta[i] -= lr * (grad[i] + wd * theta[i]);
    };
  }
  const gain = 1 - dampening;
  return (theta, grad, state, live) => {
    const { lr, momentum: mu } = live;
    const t = ++state.t;
    const buf = state.slots[0];
    // PyTorch seeds the buffer with g itself; with the buffer zeroed, keep = 0 and take = 1 give exactly g.
    if (t === 1) buf.fill(0);
    const keep = t === 1 ? 0 : mu;
    const take = t === 1 ? 1 : gain;
    for (let i = 0; i < state.n; i++) {
      const g = grad[i] + wd * theta[i];
      const b = keep * buf[i] + take * g;
      buf[i] = b;
      theta[i] -= lr * (nesterov ? g + mu * b : b);
    }
  };
}
