import type { Optimizer } from './Optimizer.ts';
import { num } from './Optimizer.ts';
import { SGD_LR_HELP, dampeningParam, lrParam, momentumParam, weightDecayParam } from './hyperparams.ts';
import { sgdKernel } from './sgdKernel.ts';

export const momentum: Optimizer = {
  id: 'momentum',
  name: 'Momentum',
  torch: 'torch.optim.SGD(momentum=…)',
  summary: 'Rolls like a heavy ball: a running sum of past gradients carries it through flat stretches and across narrow valleys.',
  hyperparameters: [
    lrParam(0.001, SGD_LR_HELP),
    momentumParam(0.9, 'Fraction of the previous velocity kept each step; 0 would be plain SGD.', true),
    dampeningParam(),
    weightDecayParam(),
  ],
  stateSlots: 1,
  stateScalars: 0,
  kernel: (p) =>
    sgdKernel({
      weightDecay: num(p, 'weight_decay'),
      buffered: num(p, 'momentum') > 0,
      dampening: num(p, 'dampening'),
      nesterov: false,
    }),
};
