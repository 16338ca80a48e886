import { describe, expect, it } from 'vitest';
import { B1, B2, HIDDEN, PARAM_COUNT, W1, W2 } from '../../../src/core/mlp/layout.ts';
import { createRandom } from '../../../src/core/random.ts';
import { batchLossGrad, fullLoss } from '../../../src/core/mlp/network.ts';

describe('network forward and backward', () => {
  // One live unit: w1[0] = 1, b1[0] = 0, w2[0] = 2, b2 = 0.5; every other weight 0, so units 1..19
  // sit at h = 0 exactly, where ReLU' is taken as 0. Points x = (1, -1), y = (0, 0):
  //   h0 = (1, -1), a0 = (1, 0), yhat = (2.5, 0.5), r = yhat - y = (2.5, 0.5)
  //   L = (2.5² + 0.5²) / 2 = 3.25;  dL/dyhat = 2 r / 2 = (2.5, 0.5)
  //   dL/db2 = 3;  dL/dw2[0] = 2.5·1 + 0.5·0 = 2.5
  //   dL/dh0 = (2.5·2, 0) = (5, 0): dL/dw1[0] = 5·1 = 5, dL/db1[0] = 5;  everything else 0.
  const theta = new Float64Array(PARAM_COUNT);
  theta[W1] = 1;
  theta[W2] = 2;
  theta[B2] = 0.5;
  const x = Float64Array.of(1, -1);
  const y = Float64Array.of(0, 0);

  it('matches a hand-derived batch', () => {
    const grad = new Float64Array(PARAM_COUNT).fill(7);
    const loss = batchLossGrad(theta, x, y, Int32Array.of(1, 0), 0, 2, grad);
    expect(loss).toBe(3.25);
    const expected = new Float64Array(PARAM_COUNT);
    expected[B2] = 3;
    expected[W2] = 2.5;
    expected[W1] = 5;
    expected[B1] = 5;
    expect(Array.from(grad)).toEqual(Array.from(expected));
    expect(fullLoss(theta, x, y)).toBe(3.25);
  });

  it('means over the points actually in the batch', () => {
    // Only x = -1: yhat = 0.5, L = 0.25, dL/db2 = 2·0.5 = 1, the live unit is off for it.
    const grad = new Float64Array(PARAM_COUNT);
    const loss = batchLossGrad(theta, x, y, Int32Array.of(0, 1), 1, 1, grad);
    expect(loss).toBe(0.25);
    expect(grad[B2]).toBe(1);
    expect(grad[W1] + grad[B1] + grad[W2]).toBe(0);
  });
});

/** The network's loss and gradient one sample at a time, written plainly: the order of every sum the fast loops keep. */
function plainLossGrad(theta: Float64Array, x: Float64Array, y: Float64Array, points: readonly number[], grad: Float64Array | null): number {
  const count = points.length;
  if (grad) grad.fill(0);
  let loss = 0;
  for (const p of points) {
    const act: number[] = [];
    let yhat = theta[B2];
    for (let j = 0; j < HIDDEN; j++) {
      const h = theta[W1 + j] * x[p] + theta[B1 + j];
      act.push(h > 0 ? h : 0);
      yhat += theta[W2 + j] * act[j];
    }
    const r = yhat - y[p];
    loss += r * r;
    if (!grad) continue;
    const g = (2 / count) * r;
    grad[B2] += g;
    for (let j = 0; j < HIDDEN; j++) {
      if (act[j] > 0) {
        grad[W2 + j] += g * act[j];
        const gh = g * theta[W2 + j];
        grad[W1 + j] += gh * x[p];
        grad[B1 + j] += gh;
      }
    }
  }
  return loss / count;
}

describe('the interleaved loops', () => {
  const random = createRandom(11);
  const uniform = (lo: number, hi: number) => lo + (hi - lo) * random.next();
  const n = 203;
  const x = Float64Array.from({ length: n }, () => uniform(-1, 1));
  const y = Float64Array.from(x, (v) => v * v + uniform(-0.1, 0.1));
  const order = Int32Array.from({ length: n }, (_, i) => (i * 37) % n);
  const bits = (a: Float64Array) => Array.from(a, (v) => (Object.is(v, -0) ? '-0' : String(v)));

  it('give the bits of one sample at a time, for batches of every length and the whole data', () => {
    for (let trial = 0; trial < 40; trial++) {
      const theta = Float64Array.from({ length: PARAM_COUNT }, () => uniform(-2, 2));
      for (const count of [1, 2, 3, 4, 5, 7, 32, 33, n]) {
        const offset = count === n ? 0 : Math.floor(uniform(0, n - count));
        const grad = new Float64Array(PARAM_COUNT);
        const reference = new Float64Array(PARAM_COUNT);
        const points = Array.from(order.subarray(offset, offset + count));
        expect(batchLossGrad(theta, x, y, order, offset, count, grad)).toBe(plainLossGrad(theta, x, y, points, reference));
        expect(bits(grad)).toEqual(bits(reference));
      }
      for (const m of [n, n - 1, n - 2, n - 3]) {
        const [xs, ys] = [x.subarray(0, m), y.subarray(0, m)];
        expect(fullLoss(theta, xs, ys)).toBe(plainLossGrad(theta, xs, ys, [...Array(m).keys()], null));
      }
    }
  });
});
