import type { Optimizer } from './Optimizer.ts';
import { num } from './Optimizer.ts';
import { SGD_LR_HELP, lrParam, weightDecayParam } from './hyperparams.ts';
import { sgdKernel } from './sgdKernel.ts';

export const sgd: Optimizer = {
  id: 'sgd',
  name: 'SGD',
  torch: 'torch.optim.SGD(momentum=0)',
  summary: 'Steps straight downhill, by the learning rate times the gradient.',
  hyperparameters: [lrParam(0.001, SGD_LR_HELP), weightDecayParam()],
  stateSlots: 0,
  stateScalars: 0,
  kernel: (p) => sgdKernel({ weightDecay: num(p, 'weight_decay'), buffered: false, dampening: 0, nesterov: false }),
};
