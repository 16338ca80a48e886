import * as layout from './layout.ts';

// Module-local copies: V8 does not constant-fold imported bindings, and reading them inside the
// per-sample loops made the experiment twice as slow in node.
const HIDDEN = layout.HIDDEN;
const W1 = layout.W1;
const B1 = layout.B1;
const W2 = layout.W2;
const B2 = layout.B2;

// Scratch shared by every call (the core is single-threaded per worker), so nothing is allocated per
// batch: the weights unpacked per layer, the hidden activations of the current sample, and the
// gradient accumulators.
const w1 = new Float64Array(HIDDEN);
const b1 = new Float64Array(HIDDEN);
const w2 = new Float64Array(HIDDEN);
const act = new Float64Array(HIDDEN);
const gw1 = new Float64Array(HIDDEN);
const gb1 = new Float64Array(HIDDEN);
const gw2 = new Float64Array(HIDDEN);

function loadWeights(theta: Float64Array): void {
  for (let j = 0; j < HIDDEN; j++) {
    w1[j] = theta[W1 + j];
    b1[j] = theta[B1 + j];
    w2[j] = theta[W2 + j];
  }
}

/**
 * Forward and backward pass over the points order[offset .. offset + count): writes the gradient of
 * the batch's mean squared error into grad[0..61) and returns that loss. theta is only read.
 */
export function batchLossGrad(theta: Float64Array, x: Float64Array, y: Float64Array, order: Int32Array, offset: number, count: number, grad: Float64Array): number {
  loadWeights(theta);
  gw1.fill(0);
  gb1.fill(0);
  gw2.fill(0);
  const scale = 2 / count;
  const b2 = theta[B2];
  let loss = 0;
  let gb2 = 0;
  const end = offset + count;
  for (let k = offset; k < end; k++) {
    const p = order[k];
    const xi = x[p];
    let yhat = b2;
    for (let j = 0; j < HIDDEN; j++) {
      const h = w1[j] * xi + b1[j];
      // A ternary beats Math.max here, and also a branch-free backward pass.
      const a = h > 0 ? h : 0;
      act[j] = a;
      yhat += w2[j] * a;
    }
    const r = yhat - y[p];
    loss += r * r;
    const g = scale * r;
    gb2 += g;
    for (let j = 0; j < HIDDEN; j++) {
      const a = act[j];
      // ReLU'(0) = 0, as in PyTorch: a unit sitting exactly at 0 passes no gradient.
      if (a > 0) {
        gw2[j] += g * a;
        const gh = g * w2[j];
        gw1[j] += gh * xi;
        gb1[j] += gh;
      }
    }
  }
  for (let j = 0; j < HIDDEN; j++) {
    grad[W1 + j] = gw1[j];
    grad[B1 + j] = gb1[j];
    grad[W2 + j] = gw2[j];
  }
  grad[B2] = gb2;
  return loss / count;
}

/** Mean squared error of the network over all points. */
export function fullLoss(theta: Float64Array, x: Float64Array, y: Float64Array): number {
  loadWeights(theta);
  const n = x.length;
  const b2 = theta[B2];
  let loss = 0;
  for (let p = 0; p < n; p++) {
    const xi = x[p];
    let yhat = b2;
    for (let j = 0; j < HIDDEN; j++) {
      const h = w1[j] * xi + b1[j];
      // Branch-free: whether a unit is active varies point to point, which a branch mispredicts;
      // an inactive unit adds an exact zero.
      yhat += w2[j] * (h > 0 ? h : 0);
    }
    const r = yhat - y[p];
    loss += r * r;
  }
  return loss / n;
}
