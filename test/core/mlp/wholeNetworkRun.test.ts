import { describe, expect, it } from 'vitest';
import { batchLossGrad, fullLoss } from '../../../src/core/mlp/network.ts';
import { createNetworkSurface, DEFAULT_NETWORK, networkPlane } from '../../../src/core/mlp/networkSurface.ts';
import { wholeNetworkRun } from '../../../src/core/mlp/wholeNetworkRun.ts';
import { parseParamName } from '../../../src/core/mlp/layout.ts';
import { defaultParams } from '../../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../../src/core/optimizers/registry.ts';

const plane = networkPlane('mlp-slice', DEFAULT_NETWORK);
const sgd = optimizerById('sgd')!;
const start = [0.4, -0.3] as const;

describe('training all 61 weights from a point of the slice', () => {
  it("takes a first step of −lr times the full gradient: on the plane as the slice's ball does, and off it", () => {
    const lr = 0.1;
    const run = wholeNetworkRun(plane, start, sgd, { ...defaultParams(sgd), lr }, 1);
    const g = new Float64Array(2);
    createNetworkSurface('mlp-slice', DEFAULT_NETWORK).gradient(start[0], start[1], g, 0);
    expect(run.path[2]).toBeCloseTo(start[0] - lr * g[0], 12);
    expect(run.path[3]).toBeCloseTo(start[1] - lr * g[1], 12);
    expect(run.drift[0]).toBe(0);
    expect(run.drift[1]).toBeGreaterThan(0);
  });

  it("drifts as far as the frozen weights moved, and its loss is the network's", () => {
    const run = wholeNetworkRun(plane, start, sgd, { ...defaultParams(sgd), lr: 0.2 }, 30);
    // Rebuild the weights by hand from the path and check the loss at the end against the network's own.
    const [pa, pb] = DEFAULT_NETWORK.params.map(parseParamName);
    expect(run.loss[0]).toBeCloseTo(
      fullLoss(
        Float64Array.from(plane.origin, (v, i) => (i === pa ? start[0] : i === pb ? start[1] : v)),
        plane.x,
        plane.y,
      ),
      12,
    );
    // SGD's first step moves the 59 frozen weights by lr times their own full-data gradient.
    const theta0 = Float64Array.from(plane.origin, (v, i) => (i === pa ? start[0] : i === pb ? start[1] : v));
    const grad = new Float64Array(61);
    batchLossGrad(
      theta0,
      plane.x,
      plane.y,
      Int32Array.from({ length: 1000 }, (_, i) => i),
      0,
      1000,
      grad,
    );
    const frozen = Math.hypot(...grad.filter((_, i) => i !== pa && i !== pb));
    expect(run.drift[1]).toBeCloseTo(0.2 * frozen, 12);
    expect(run.drift[30]).toBeGreaterThan(run.drift[1]);
    // With lr 0 nothing moves: no drift, the same point.
    const still = wholeNetworkRun(plane, start, sgd, { ...defaultParams(sgd), lr: 0 }, 5);
    expect(Array.from(still.drift)).toEqual([0, 0, 0, 0, 0, 0]);
    expect([still.path[10], still.path[11]]).toEqual([start[0], start[1]]);
  });
});
