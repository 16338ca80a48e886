import { defaultParams, type Optimizer } from '../../core/optimizers/Optimizer.ts';

/** Momentum methods with PyTorch's lr overshoot rosenbrock's walls; a calmer lr keeps every particle alive. */
export function benchParams(optimizer: Optimizer) {
  const params = defaultParams(optimizer);
  if ('momentum' in params || optimizer.id === 'sgd') params.lr = 2e-4;
  return params;
}
