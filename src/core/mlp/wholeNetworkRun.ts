import type { Optimizer, Params } from '../optimizers/Optimizer.ts';
import type { NetworkPlane } from './networkSurface.ts';
import { WholeNetworkRunner } from './WholeNetworkRunner.ts';

/** All 61 weights trained from a point of a network surface, seen from the surface's plane. */
export interface WholeNetworkRun {
  /** The weights' shadow on the plane after each update, start first: (a, b) at [2k, 2k + 1]. */
  readonly path: Float64Array;
  /** How far the weights are from the plane after each update (the 59 frozen weights' drift, for the slice). */
  readonly drift: Float64Array;
  /** Full-data loss after each update. */
  readonly loss: Float64Array;
}

/**
 * Trains every weight of the network from θ = origin + a·d1 + b·d2 with full-data gradients for
 * `steps` updates in one go, as a ball on the surface does with two: the runner's records, cut to
 * the run.
 */
export function wholeNetworkRun(plane: NetworkPlane, start: readonly [number, number], optimizer: Optimizer, params: Params, steps: number): WholeNetworkRun {
  const runner = new WholeNetworkRunner(plane, start, optimizer, params, steps);
  runner.advanceTo(steps);
  return { path: runner.path.subarray(0, 2 * (steps + 1)), drift: runner.drift.subarray(0, steps + 1), loss: runner.loss.subarray(0, steps + 1) };
}
