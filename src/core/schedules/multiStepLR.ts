import { integersArg, numberArg, type CurveScheduleType } from './Schedule.ts';
import { gammaParam } from './scheduleParams.ts';

export const multiStepLR: CurveScheduleType = {
  type: 'MultiStepLR',
  torch: 'torch.optim.lr_scheduler.MultiStepLR',
  summary: 'Multiplies the lr by gamma at each milestone step.',
  kind: 'curve',
  chainable: true,
  parameters: [
    // PyTorch's recursion never looks at step 0, so a milestone 0 would never cut the lr.
    { name: 'milestones', kind: 'integers', default: [100, 200], min: 1, required: true, help: 'Steps at which the lr is cut; a step listed twice cuts twice.' },
    gammaParam(0.1, 'Factor applied to the lr at every milestone.'),
  ],
  curve(p, base) {
    const milestones = Float64Array.from(integersArg(p, 'milestones'));
    const gamma = numberArg(p, 'gamma');
    return {
      lr(k) {
        let cuts = 0;
        for (let i = 0; i < milestones.length; i++) if (milestones[i] <= k) cuts++;
        return base * gamma ** cuts;
      },
    };
  },
};
