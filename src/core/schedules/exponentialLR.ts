import { numberArg, type CurveScheduleType } from './Schedule.ts';
import { gammaParam } from './scheduleParams.ts';

export const exponentialLR: CurveScheduleType = {
  type: 'ExponentialLR',
  torch: 'torch.optim.lr_scheduler.ExponentialLR',
  summary: 'Multiplies the lr by gamma at every step.',
  kind: 'curve',
  chainable: true,
  parameters: [gammaParam(0.99, 'Factor applied to the lr at every step.', true)],
  curve(p, base) {
    const gamma = numberArg(p, 'gamma');
    return { lr: (k) => base * gamma ** k };
  },
};
