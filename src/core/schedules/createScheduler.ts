import type { LiveParams } from '../optimizers/Optimizer.ts';
import type { Curve, Scheduler, ScheduleSpec } from './Schedule.ts';
import { scheduleByType } from './registry.ts';

/** Steps a function of k: the k-th scheduler step writes lr_k (and mom_k) into the live params. */
function curveScheduler(curve: Curve): Scheduler {
  const { lr, momentum } = curve;
  let k = 0;
  const write = (live: LiveParams) => {
    live.lr = lr(k);
    if (momentum) live.momentum = momentum(k);
  };
  return {
    cyclesMomentum: momentum !== undefined,
    reset(live) {
      k = 0;
      write(live);
    },
    step(live) {
      k++;
      write(live);
    },
  };
}

/**
 * The stepper of one run for a resolved schedule (see resolveSchedule); `base` is the optimizer's
 * lr. Call reset before the first optimizer step, as PyTorch's constructor sets lr_0.
 */
export function createScheduler(spec: ScheduleSpec, base: number): Scheduler {
  const type = scheduleByType(spec.type);
  if (!type) throw new RangeError(`unknown schedule type ${spec.type}`);
  return type.kind === 'curve' ? curveScheduler(type.curve(spec.params, base)) : type.create(spec.params, base);
}
