import type { StepKernel } from './Optimizer.ts';

/**
 * PyTorch's L2 weight decay, the gradient g + weight_decay * theta, as a pass of its own in front of
 * the rule, and only when weight_decay > 0 (PyTorch skips the term at 0 too): the rules' own loops
 * never carry a term that is off. The sum is the one the rule would form, so the numbers are the same.
 */
export function withWeightDecay(kernel: StepKernel, weightDecay: number): StepKernel {
  if (weightDecay === 0) return kernel;
  let decayed = new Float64Array(0);
  return (theta, grad, state, live, gradientAt) => {
    if (decayed.length !== state.n) decayed = new Float64Array(state.n);
    for (let i = 0; i < state.n; i++) decayed[i] = grad[i] + weightDecay * theta[i];
    kernel(theta, decayed, state, live, gradientAt);
  };
}
