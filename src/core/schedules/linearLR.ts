import { numberArg, type CurveScheduleType } from './Schedule.ts';
import { totalItersParam } from './scheduleParams.ts';

export const linearLR: CurveScheduleType = {
  type: 'LinearLR',
  torch: 'torch.optim.lr_scheduler.LinearLR',
  summary: 'Moves the lr in a straight line from start_factor to end_factor times its start over total_iters steps (a warm-up when start_factor < 1).',
  kind: 'curve',
  chainable: true,
  parameters: [
    // PyTorch refuses factors outside [0, 1]; a start of 0 then divides by zero at the first scheduler step.
    {
      name: 'start_factor',
      kind: 'number',
      default: 1 / 3,
      min: 0,
      max: 1,
      exclusiveMin: true,
      slider: [0.01, 1],
      help: 'Fraction of the lr used at the first step.',
    },
    { name: 'end_factor', kind: 'number', default: 1, min: 0, max: 1, slider: [0, 1], help: 'Fraction of the lr reached after total_iters steps, and kept.' },
    totalItersParam('Steps the line takes; with 0 the first lr is kept for good.'),
  ],
  curve(p, base) {
    const start = numberArg(p, 'start_factor');
    const end = numberArg(p, 'end_factor');
    const total = numberArg(p, 'total_iters');
    if (total === 0) return { lr: () => base * start };
    return { lr: (k) => base * (start + ((end - start) * Math.min(k, total)) / total) };
  },
};
