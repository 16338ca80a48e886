import { createState, liveParams, type LiveParams, type Optimizer, type OptimizerState, type Params, type StepKernel } from '../optimizers/Optimizer.ts';
import type { Scheduler, ScheduleSpec } from './Schedule.ts';
import { createScheduler } from './createScheduler.ts';
import { kernelOptimizer } from './momentumCycling.ts';

/** What one optimizer needs to take scheduled steps over n coordinates. */
export interface ScheduledRun {
  readonly kernel: StepKernel;
  readonly state: OptimizerState;
  /** Holds lr_0 (and mom_0) on return; the scheduler rewrites it after every scheduler step. */
  readonly live: LiveParams;
  /** null without a schedule: the params' own lr and momentum stay. */
  readonly scheduler: Scheduler | null;
  /** Back to before the first step: optimizer state, live values and schedule alike. */
  reset(): void;
}

/**
 * Builds the kernel, state, live params and stepper of one run. `params` and `schedule` are complete
 * and valid (resolveParams, resolveSchedule); the schedule's base is the optimizer's lr. Each step:
 * the kernel with `live`, then `scheduler.step(live, metric)`.
 */
export function createScheduledRun(optimizer: Optimizer, params: Params, schedule: ScheduleSpec | null, n: number): ScheduledRun {
  const scheduler = schedule ? createScheduler(schedule, params.lr as number) : null;
  const live = liveParams(params);
  scheduler?.reset(live);
  const setup = kernelOptimizer(optimizer, params, scheduler?.cyclesMomentum ?? false, live.momentum);
  const state = createState(setup.optimizer, n);
  return {
    kernel: setup.optimizer.kernel(setup.params),
    state,
    live,
    scheduler,
    reset() {
      // Kernels initialise their slots when t becomes 1.
      state.t = 0;
      Object.assign(live, liveParams(setup.params));
      scheduler?.reset(live);
    },
  };
}
