import { createState, liveParams, type Optimizer, type Params } from '../optimizers/Optimizer.ts';
import { PARAM_COUNT } from './layout.ts';
import { batchLossGrad } from './network.ts';
import type { NetworkPlane } from './networkSurface.ts';

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
 * Trains every weight of the network from θ = origin + a·d1 + b·d2 with full-data gradients, as a
 * ball on the surface does with two, and records where the weights' projection on the plane goes and
 * how far off the plane they move. The plane's directions are orthonormal (the slice's unit vectors).
 */
export function wholeNetworkRun(plane: NetworkPlane, start: readonly [number, number], optimizer: Optimizer, params: Params, steps: number): WholeNetworkRun {
  const { x, y, origin, d1, d2 } = plane;
  const n = x.length;
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const theta = new Float64Array(PARAM_COUNT);
  for (let i = 0; i < PARAM_COUNT; i++) theta[i] = origin[i] + start[0] * d1[i] + start[1] * d2[i];
  const grad = new Float64Array(PARAM_COUNT);
  const kernel = optimizer.kernel(params);
  const state = createState(optimizer, PARAM_COUNT);
  const live = liveParams(params);
  const path = new Float64Array(2 * (steps + 1));
  const drift = new Float64Array(steps + 1);
  const loss = new Float64Array(steps + 1);
  const record = (k: number) => {
    let a = 0;
    let b = 0;
    for (let i = 0; i < PARAM_COUNT; i++) {
      a += (theta[i] - origin[i]) * d1[i];
      b += (theta[i] - origin[i]) * d2[i];
    }
    let off = 0;
    for (let i = 0; i < PARAM_COUNT; i++) off += (theta[i] - origin[i] - a * d1[i] - b * d2[i]) ** 2;
    path[2 * k] = a;
    path[2 * k + 1] = b;
    drift[k] = Math.sqrt(off);
  };
  record(0);
  loss[0] = batchLossGrad(theta, x, y, all, 0, n, grad);
  for (let k = 1; k <= steps; k++) {
    kernel(theta, grad, state, live);
    record(k);
    loss[k] = batchLossGrad(theta, x, y, all, 0, n, grad);
  }
  return { path, drift, loss };
}
