import * as layout from './layout.ts';

// Module-local copies: V8 does not constant-fold imported bindings, and reading them inside the
// per-sample loops made the experiment twice as slow in node.
const HIDDEN = layout.HIDDEN;
const W1 = layout.W1;
const B1 = layout.B1;
const W2 = layout.W2;
const B2 = layout.B2;

// Scratch shared by every call (the core is single-threaded per worker), so nothing is allocated per
// batch: the weights unpacked per layer, the hidden activations of two samples, and the gradient
// accumulators.
const w1 = new Float64Array(HIDDEN);
const b1 = new Float64Array(HIDDEN);
const w2 = new Float64Array(HIDDEN);
const act0 = new Float64Array(HIDDEN);
const act1 = new Float64Array(HIDDEN);
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

// A ternary beats Math.max for the ReLU, and also a branch-free backward pass. In the loss alone
// it is branch-free: whether a unit is active varies point to point, which a branch mispredicts,
// and an inactive unit adds an exact zero.
const relu = (h: number): number => (h > 0 ? h : 0);

/** One sample's output, its hidden activations left in act. */
function forward(xi: number, b2: number, act: Float64Array): number {
  let yhat = b2;
  for (let j = 0; j < HIDDEN; j++) {
    const a = relu(w1[j] * xi + b1[j]);
    act[j] = a;
    yhat += w2[j] * a;
  }
  return yhat;
}

/** One sample's share of the gradient (g = 2r/count) added to the accumulators. */
function backward(xi: number, g: number, act: Float64Array): void {
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

/**
 * Forward and backward pass over the points order[offset .. offset + count): writes the gradient of
 * the batch's mean squared error into grad[0..61) and returns that loss. theta is only read.
 * Samples go two at a time: an output is a chain of 20 dependent additions, and two chains overlap
 * (a batch ran 1.4 times faster; four at a time, or the two forward passes written as one loop,
 * ran slower). Every sum still takes its terms in sample order, so the bits are those of a loop
 * over one sample at a time.
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
  let k = offset;
  for (; k + 1 < end; k += 2) {
    const p0 = order[k];
    const p1 = order[k + 1];
    const x0 = x[p0];
    const x1 = x[p1];
    const r0 = forward(x0, b2, act0) - y[p0];
    const r1 = forward(x1, b2, act1) - y[p1];
    loss += r0 * r0;
    loss += r1 * r1;
    const g0 = scale * r0;
    const g1 = scale * r1;
    gb2 += g0;
    gb2 += g1;
    backward(x0, g0, act0);
    backward(x1, g1, act1);
  }
  for (; k < end; k++) {
    const p = order[k];
    const r = forward(x[p], b2, act0) - y[p];
    loss += r * r;
    const g = scale * r;
    gb2 += g;
    backward(x[p], g, act0);
  }
  for (let j = 0; j < HIDDEN; j++) {
    grad[W1 + j] = gw1[j];
    grad[B1 + j] = gb1[j];
    grad[W2 + j] = gw2[j];
  }
  grad[B2] = gb2;
  return loss / count;
}

/**
 * Mean squared error of the network over all points, four at a time: four chains of additions
 * overlap (twice as fast as one at a time, with the same bits).
 */
export function fullLoss(theta: Float64Array, x: Float64Array, y: Float64Array): number {
  loadWeights(theta);
  const n = x.length;
  const b2 = theta[B2];
  let loss = 0;
  let p = 0;
  for (; p + 3 < n; p += 4) {
    const x0 = x[p];
    const x1 = x[p + 1];
    const x2 = x[p + 2];
    const x3 = x[p + 3];
    let y0 = b2;
    let y1 = b2;
    let y2 = b2;
    let y3 = b2;
    for (let j = 0; j < HIDDEN; j++) {
      const w = w1[j];
      const b = b1[j];
      const v = w2[j];
      y0 += v * relu(w * x0 + b);
      y1 += v * relu(w * x1 + b);
      y2 += v * relu(w * x2 + b);
      y3 += v * relu(w * x3 + b);
    }
    const r0 = y0 - y[p];
    const r1 = y1 - y[p + 1];
    const r2 = y2 - y[p + 2];
    const r3 = y3 - y[p + 3];
    loss += r0 * r0;
    loss += r1 * r1;
    loss += r2 * r2;
    loss += r3 * r3;
  }
  for (; p < n; p++) {
    const r = forward(x[p], b2, act0) - y[p];
    loss += r * r;
  }
  return loss / n;
}
