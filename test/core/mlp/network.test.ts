import { describe, expect, it } from 'vitest';
import { B1, B2, PARAM_COUNT, W1, W2 } from '../../../src/core/mlp/layout.ts';
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
