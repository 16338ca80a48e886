import type { Optimizer } from './Optimizer.ts';
import { adamFamily } from './adamFamily.ts';
import { weightDecayParam } from './hyperparams.ts';

export const adam: Optimizer = adamFamily({
  id: 'adam',
  name: 'Adam',
  torch: 'torch.optim.Adam',
  summary: 'Momentum divided by the root of a running mean of squared gradients, with both averages corrected for starting at zero.',
  weightDecay: weightDecayParam(),
  decoupled: false,
});
