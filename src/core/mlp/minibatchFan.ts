import { createRandom } from '../random.ts';
import { PARAM_COUNT } from './layout.ts';
import { batchLossGrad } from './network.ts';
import type { NetworkPlane } from './networkSurface.ts';
import { shuffleOrders } from './shuffleOrders.ts';

/** The gradient of the full data at a point of a network surface, and of each minibatch of one epoch. */
export interface MinibatchFan {
  readonly batchSize: number;
  /** ∂L/∂a and ∂L/∂b of the full-data loss. */
  readonly full: readonly [number, number];
  /** The same for each minibatch of one shuffled epoch, in order: batch k at [2k, 2k + 1]. */
  readonly batches: Float64Array;
  /** Points in each minibatch: batchSize, but the last one may be smaller. */
  readonly sizes: Int32Array;
  /** Root mean square distance of the minibatch gradients from the full one: the noise a step sees. */
  readonly spread: number;
}

/** The plane's gradient at θ = origin + a·d1 + b·d2 over points order[offset …offset + count) into out[o], out[o + 1]. */
function planeGradient(
  plane: NetworkPlane,
  theta: Float64Array,
  grad: Float64Array,
  order: Int32Array,
  offset: number,
  count: number,
  out: Float64Array,
  o: number,
): void {
  batchLossGrad(theta, plane.x, plane.y, order, offset, count, grad);
  let ga = 0;
  let gb = 0;
  for (let i = 0; i < PARAM_COUNT; i++) {
    ga += grad[i] * plane.d1[i];
    gb += grad[i] * plane.d2[i];
  }
  out[o] = ga;
  out[o + 1] = gb;
}

/**
 * At (a, b): the full-data gradient and the gradients of every minibatch of `batchSize` points of one
 * epoch whose order comes from `seed`, as the experiment shuffles its epochs. The minibatches
 * partition the data, so their gradients weighted by size average to the full gradient: the noise
 * comes from the data, and shrinks as the batches grow.
 */
export function minibatchFan(plane: NetworkPlane, a: number, b: number, batchSize: number, seed: number): MinibatchFan {
  const n = plane.x.length;
  if (!(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= n)) throw new RangeError(`batchSize must be an integer in [1, ${n}], got ${batchSize}`);
  const theta = new Float64Array(PARAM_COUNT);
  for (let i = 0; i < PARAM_COUNT; i++) theta[i] = plane.origin[i] + a * plane.d1[i] + b * plane.d2[i];
  const grad = new Float64Array(PARAM_COUNT);
  const full = new Float64Array(2);
  planeGradient(
    plane,
    theta,
    grad,
    Int32Array.from({ length: n }, (_, i) => i),
    0,
    n,
    full,
    0,
  );
  const [order] = shuffleOrders(createRandom(seed), n, 1);
  const count = Math.ceil(n / batchSize);
  const batches = new Float64Array(2 * count);
  const sizes = new Int32Array(count);
  let sum = 0;
  for (let k = 0; k < count; k++) {
    sizes[k] = Math.min(batchSize, n - k * batchSize);
    planeGradient(plane, theta, grad, order, k * batchSize, sizes[k], batches, 2 * k);
    sum += (batches[2 * k] - full[0]) ** 2 + (batches[2 * k + 1] - full[1]) ** 2;
  }
  return { batchSize, full: [full[0], full[1]], batches, sizes, spread: Math.sqrt(sum / count) };
}
