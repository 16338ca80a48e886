import type { Optimizer } from './Optimizer.ts';
import { num } from './Optimizer.ts';
import { SGD_LR_HELP, dampeningParam, lrParam, momentumParam, weightDecayParam } from './hyperparams.ts';
import { sgdKernel } from './sgdKernel.ts';

export const nag: Optimizer = {
  id: 'nag',
  name: 'Nesterov (NAG)',
  torch: 'torch.optim.SGD(momentum=…, nesterov=True)',
  summary: 'Momentum that corrects its course early, stepping as if it had already moved along its velocity.',
  hyperparameters: [
    lrParam(0.001, SGD_LR_HELP),
    momentumParam(0.9, 'Fraction of the previous velocity kept each step; Nesterov needs it above 0.'),
    dampeningParam('Must be 0: PyTorch refuses Nesterov with dampening.'),
    weightDecayParam(),
  ],
  stateSlots: 1,
  stateScalars: 0,
  // PyTorch raises "Nesterov momentum requires a momentum and zero dampening".
  check: (p) => (num(p, 'momentum') > 0 && num(p, 'dampening') === 0 ? null : { code: 'nesterov', momentum: num(p, 'momentum'), dampening: num(p, 'dampening') }),
  kernel: (p) =>
    sgdKernel({
      weightDecay: num(p, 'weight_decay'),
      buffered: true,
      dampening: 0,
      nesterov: true,
    }),
};
