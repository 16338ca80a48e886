import { describe, expect, it } from 'vitest';
import { optimizerById } from '../../../src/core/optimizers/registry.ts';
import { resolveParamsOrThrow } from '../../../src/core/optimizers/resolveOptimizer.ts';
import { resolveSchedule } from '../../../src/core/schedules/resolveSchedule.ts';
import { createScheduledRun } from '../../../src/core/schedules/scheduledRun.ts';
import { rosenbrock } from '../../../src/core/surfaces/rosenbrock.ts';
import { runScheduledTrace } from '../../../src/core/trace.ts';

const nag = optimizerById('nag')!;
const params = resolveParamsOrThrow(nag, { lr: 0.001, momentum: 0.9 }, 'params');
const schedule = resolveSchedule({ type: 'CyclicLR', params: { base_lr: 1e-4, max_lr: 1e-3, step_size_up: 5, mode: 'triangular2' } }, { optimizer: nag }, 'schedule');

/** Steps a run by hand over rosenbrock from (-1.5, 2): the loop every host (trace, experiment, particles) runs. */
function steps(run: ReturnType<typeof createScheduledRun>, n: number): number[] {
  const theta = Float64Array.of(-1.5, 2);
  const grad = new Float64Array(2);
  for (let k = 0; k < n; k++) {
    const f = rosenbrock.gradient(theta[0], theta[1], grad, 0);
    run.kernel(theta, grad, run.state, run.live);
    run.scheduler?.step(run.live, f);
  }
  return [theta[0], theta[1], run.live.lr, run.live.momentum];
}

describe('a scheduled run', () => {
  it("starts from the schedule's first values and steps as the trace does", () => {
    const run = createScheduledRun(nag, params, schedule, 2);
    expect([run.live.lr, run.live.momentum]).toEqual([1e-4, 0.9]);
    const [x, y] = steps(run, 23);
    expect([x, y]).toEqual(runScheduledTrace(rosenbrock, nag, params, schedule, [-1.5, 2], 23).trajectory[23].slice(0, 2));
  });

  it('reset goes back to before the first step: the same steps give the same bits', () => {
    const run = createScheduledRun(nag, params, schedule, 2);
    const first = steps(run, 17);
    run.reset();
    expect([run.state.t, run.live.lr, run.live.momentum]).toEqual([0, 1e-4, 0.9]);
    expect(steps(run, 17)).toEqual(first);
  });

  it("without a schedule keeps the params' own lr and momentum", () => {
    const run = createScheduledRun(nag, params, null, 2);
    steps(run, 5);
    expect([run.scheduler, run.live.lr, run.live.momentum]).toEqual([null, 0.001, 0.9]);
  });
});
