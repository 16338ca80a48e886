import type { Params } from '../optimizers/Optimizer.ts';

/**
 * The seven runs of the experiment panel: the classic tutorial's settings, everything else at
 * PyTorch's defaults (filled in by resolveParams).
 */
export const defaultRuns: readonly { readonly optimizer: string; readonly params: Params }[] = [
  { optimizer: 'sgd', params: { lr: 0.01 } },
  { optimizer: 'momentum', params: { lr: 0.01, momentum: 0.8 } },
  { optimizer: 'nag', params: { lr: 0.01, momentum: 0.8 } },
  { optimizer: 'adagrad', params: { lr: 0.01 } },
  { optimizer: 'adadelta', params: { lr: 1.0 } },
  { optimizer: 'rmsprop', params: { lr: 0.01, alpha: 0.9 } },
  { optimizer: 'adam', params: { lr: 0.01, betas: [0.9, 0.99] } },
];
