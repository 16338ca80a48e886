import { numberArg, type CurveScheduleType } from './Schedule.ts';
import { totalItersParam } from './scheduleParams.ts';

export const polynomialLR: CurveScheduleType = {
  type: 'PolynomialLR',
  torch: 'torch.optim.lr_scheduler.PolynomialLR',
  summary: 'Lowers the lr to exactly 0 over total_iters steps along (1 - k / total_iters)^power; the point then stops.',
  kind: 'curve',
  chainable: true,
  parameters: [
    totalItersParam('Steps until the lr reaches 0; with 0 the lr never changes.'),
    // A negative power would divide by zero at total_iters in PyTorch.
    {
      name: 'power',
      kind: 'number',
      default: 1,
      min: 0,
      max: Infinity,
      slider: [0.1, 4],
      help: 'Shape of the decay: 1 is a straight line, 2 falls fast and then slowly.',
    },
  ],
  curve(p, base) {
    const total = numberArg(p, 'total_iters');
    const power = numberArg(p, 'power');
    if (total === 0) return { lr: () => base };
    return { lr: (k) => base * (1 - Math.min(k, total) / total) ** power };
  },
};
