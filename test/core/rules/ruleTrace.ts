import { createState, liveParams, type Optimizer, type Params } from '../../../src/core/optimizers/Optimizer.ts';
import { surfaceOracle } from '../../../src/core/rules/surfaceOracle.ts';
import type { Surface } from '../../../src/core/surfaces/Surface.ts';

/** The golden files' step loop (as in core/trace.ts), with a gradient oracle for grad(E). */
export function ruleTrace(surface: Surface, optimizer: Optimizer, params: Params, start: readonly [number, number], steps: number): number[][] {
  const step = optimizer.kernel(params);
  const live = liveParams(params);
  const state = createState(optimizer, 2);
  const theta = Float64Array.of(start[0], start[1]);
  const grad = new Float64Array(2);
  const oracle = surfaceOracle(surface);
  const points: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const f = surface.gradient(theta[0], theta[1], grad, 0);
    points.push([theta[0], theta[1], f]);
    step(theta, grad, state, live, oracle);
  }
  points.push([theta[0], theta[1], surface.value(theta[0], theta[1])]);
  return points;
}
