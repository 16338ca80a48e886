import { numberArg, type CurveScheduleType } from './Schedule.ts';
import { gammaParam } from './scheduleParams.ts';

export const stepLR: CurveScheduleType = {
  type: 'StepLR',
  torch: 'torch.optim.lr_scheduler.StepLR',
  summary: 'Multiplies the lr by gamma every step_size steps: a staircase.',
  kind: 'curve',
  chainable: true,
  parameters: [
    // 0 would divide by zero at the first scheduler step in PyTorch.
    { name: 'step_size', kind: 'integer', default: 30, min: 1, slider: [1, 500], required: true, help: 'Steps between two cuts of the lr.' },
    gammaParam(0.1, 'Factor applied to the lr at every cut.'),
  ],
  curve(p, base) {
    const size = numberArg(p, 'step_size');
    const gamma = numberArg(p, 'gamma');
    return { lr: (k) => base * gamma ** Math.floor(k / size) };
  },
};
