import { numberArg, type CurveScheduleType } from './Schedule.ts';
import { etaMinParam } from './scheduleParams.ts';

export const cosineAnnealingLR: CurveScheduleType = {
  type: 'CosineAnnealingLR',
  torch: 'torch.optim.lr_scheduler.CosineAnnealingLR',
  summary: 'Lowers the lr along half a cosine from its start to eta_min over T_max steps, then climbs back (period 2 T_max).',
  kind: 'curve',
  chainable: true,
  parameters: [
    // 0 would divide by zero at the first scheduler step in PyTorch.
    { name: 'T_max', kind: 'integer', default: 100, min: 1, slider: [1, 1000], required: true, help: 'Steps from the start lr down to eta_min.' },
    etaMinParam(),
  ],
  curve(p, base) {
    const tMax = numberArg(p, 'T_max');
    const etaMin = numberArg(p, 'eta_min');
    return { lr: (k) => etaMin + ((base - etaMin) * (1 + Math.cos((Math.PI * k) / tMax))) / 2 };
  },
};
