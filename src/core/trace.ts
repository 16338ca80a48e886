import type { Optimizer, Params } from './optimizers/Optimizer.ts';
import type { ScheduleSpec } from './schedules/Schedule.ts';
import { createScheduledRun } from './schedules/scheduledRun.ts';
import { surfaceOracle } from './rules/surfaceOracle.ts';
import type { Surface } from './surfaces/Surface.ts';

export interface ScheduledTrace {
  /** steps + 1 points [x, y, f]. */
  readonly trajectory: number[][];
  /** lr[k]: the learning rate step k used. */
  readonly lr: number[];
  /** momentum[k] (or beta1) step k used; present when the schedule cycles it. */
  readonly momentum?: number[];
}

/**
 * One optimizer's path over a surface under a schedule (or none), as schedules.md's step loop: point
 * 0 the start, point k the position after k updates, each update using the exact gradient at the
 * point before it, then a scheduler step fed the loss there. `params` and `schedule` must be complete
 * and valid (resolveParams, resolveSchedule).
 */
export function runScheduledTrace(
  surface: Surface,
  optimizer: Optimizer,
  params: Params,
  schedule: ScheduleSpec | null,
  start: readonly [number, number],
  steps: number,
): ScheduledTrace {
  const { kernel, state, live, scheduler } = createScheduledRun(optimizer, params, schedule, 2);
  const cycles = scheduler?.cyclesMomentum ?? false;
  // A rule that looks ahead (grad(x + mu*v)) asks the surface for gradients at other points.
  const oracle = surfaceOracle(surface);
  const theta = Float64Array.of(start[0], start[1]);
  const grad = new Float64Array(2);
  const trajectory: number[][] = [];
  const lr: number[] = [];
  const momentum: number[] = [];
  for (let k = 0; k < steps; k++) {
    const f = surface.gradient(theta[0], theta[1], grad, 0);
    trajectory.push([theta[0], theta[1], f]);
    lr.push(live.lr);
    if (cycles) momentum.push(live.momentum);
    kernel(theta, grad, state, live, oracle);
    scheduler?.step(live, f);
  }
  trajectory.push([theta[0], theta[1], surface.value(theta[0], theta[1])]);
  return cycles ? { trajectory, lr, momentum } : { trajectory, lr };
}

/** The path without a schedule: steps + 1 points [x, y, f] (see runScheduledTrace). */
export function runTrace(surface: Surface, optimizer: Optimizer, params: Params, start: readonly [number, number], steps: number): number[][] {
  return runScheduledTrace(surface, optimizer, params, null, start, steps).trajectory;
}
