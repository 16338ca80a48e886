import type { Optimizer, Params } from './optimizers/Optimizer.ts';
import { createState, liveParams } from './optimizers/Optimizer.ts';
import type { Surface } from './surfaces/Surface.ts';

/**
 * One optimizer's path over a surface: steps + 1 points [x, y, f], point 0 the start and point k the
 * position after k updates, each update using the exact gradient at the point before it. `params`
 * must be complete and valid (see resolveParams).
 */
export function runTrace(
  surface: Surface,
  optimizer: Optimizer,
  params: Params,
  start: readonly [number, number],
  steps: number,
): number[][] {
  const step = optimizer.kernel(params);
  const live = liveParams(params);
  const state = createState(optimizer, 2);
  const theta = Float64Array.of(start[0], start[1]);
  const grad = new Float64Array(2);
  const points: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const f = surface.gradient(theta[0], theta[1], grad, 0);
    points.push([theta[0], theta[1], f]);
    step(theta, grad, state, live);
  }
  points.push([theta[0], theta[1], surface.value(theta[0], theta[1])]);
  return points;
}
