import type { Optimizer } from './Optimizer.ts';
import { adamFamily } from './adamFamily.ts';
import { weightDecayParam } from './hyperparams.ts';

export const adamw: Optimizer = adamFamily({
  id: 'adamw',
  name: 'AdamW',
  torch: 'torch.optim.AdamW',
  summary: 'Adam whose weight decay shrinks the parameters directly instead of passing through the adaptive scaling.',
  weightDecay: weightDecayParam(0.01, 'Decoupled decay: theta shrinks by 1 - lr * weight_decay each step.'),
  decoupled: true,
});
