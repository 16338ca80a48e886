import { integersArg, type Curve, type CurveScheduleType, type ScheduleSpec } from './Schedule.ts';
import { chainableSchedules } from './chainableSchedules.ts';

export const sequentialLR: CurveScheduleType = {
  type: 'SequentialLR',
  torch: 'torch.optim.lr_scheduler.SequentialLR',
  summary: "Runs one schedule after another, switching at the milestones; each starts again from the optimizer's lr (warm-up, then cosine).",
  kind: 'curve',
  chainable: false,
  parameters: [
    {
      name: 'schedulers',
      kind: 'schedules',
      required: true,
      default: [
        { type: 'LinearLR', params: { start_factor: 0.1, end_factor: 1, total_iters: 20 } },
        { type: 'CosineAnnealingLR', params: { T_max: 280, eta_min: 0 } },
      ],
      help: "The schedules in order, each {type, params}; each one starts again from the optimizer's lr at its milestone.",
    },
    // Milestone 0 is never reached by PyTorch's stepping, and falling ones confuse its search.
    {
      name: 'milestones',
      kind: 'integers',
      default: [20],
      min: 1,
      increasing: true,
      required: true,
      help: 'The steps at which the next schedule takes over: one fewer than the schedulers.',
    },
  ],
  check(p) {
    const children = p.schedulers as readonly ScheduleSpec[];
    const milestones = integersArg(p, 'milestones');
    if (milestones.length === children.length - 1) return null;
    return {
      field: 'milestones',
      message: `needs ${children.length - 1} entries for ${children.length} schedulers, got ${milestones.length} (PyTorch: "Sequential Schedulers expects number of schedulers provided to be one more than the number of milestone points")`,
      reason: { code: 'milestones', schedulers: children.length, got: milestones.length },
    };
  },
  curve(p, base) {
    const milestones = Float64Array.from(integersArg(p, 'milestones'));
    const curves: Curve[] = (p.schedulers as readonly ScheduleSpec[]).map((child) => {
      const type = chainableSchedules.find((s) => s.type === child.type);
      if (!type) throw new RangeError(`SequentialLR cannot hold ${child.type}`);
      return type.curve(child.params, base);
    });
    // PyTorch restarts each child at step 0 when its milestone comes, so a child sees k minus its start.
    return {
      lr(k) {
        let i = 0;
        while (i < milestones.length && milestones[i] <= k) i++;
        return curves[i].lr(i === 0 ? k : k - milestones[i - 1]);
      },
    };
  },
};
