import { describe, expect, it } from 'vitest';
import { B1, B2, PARAM_COUNT, W2 } from '../../../src/core/mlp/layout.ts';
import { DEFAULT_NETWORK, networkPlane, type NetworkPlane } from '../../../src/core/mlp/networkSurface.ts';
import { wholeNetworkRun } from '../../../src/core/mlp/wholeNetworkRun.ts';
import { WholeNetworkRunner } from '../../../src/core/mlp/WholeNetworkRunner.ts';
import { defaultParams } from '../../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../../src/core/optimizers/registry.ts';

const plane = networkPlane('mlp-slice', DEFAULT_NETWORK);
const adam = optimizerById('adam')!;
const params = { ...defaultParams(adam), lr: 0.02 };
const start = [0.4, -0.3] as const;

describe('the whole network trained update by update', () => {
  it('gives, advanced in uneven chunks past several doublings of its records, the bits of one run in one go', () => {
    const steps = 700;
    const once = wholeNetworkRun(plane, start, adam, params, steps);
    const runner = new WholeNetworkRunner(plane, start, adam, params, 5000);
    // Repeated and earlier targets take no update: only the new ones count.
    for (const to of [0, 1, 1, 38, 20, 300, 257, 256, 512, steps]) expect(runner.advanceTo(to)).toBe(to);
    expect(runner.step).toBe(steps);
    expect(runner.path.subarray(0, 2 * (steps + 1))).toEqual(once.path);
    expect(runner.drift.subarray(0, steps + 1)).toEqual(once.drift);
    expect(runner.loss.subarray(0, steps + 1)).toEqual(once.loss);
  });

  it('starts at the start, on the plane, and stops at its limit', () => {
    const runner = new WholeNetworkRunner(plane, start, adam, params, 40);
    expect([runner.path[0], runner.path[1]]).toEqual([...start]);
    expect(runner.drift[0]).toBe(0);
    expect(runner.advanceTo(1000)).toBe(40);
    expect(runner.drift.length).toBe(41);
    expect(runner.drift[40]).toBeGreaterThan(0);
  });

  it('stays on a plane the gradient never leaves', () => {
    // Every hidden unit is dead on the data (x in [−1, 1], w1 = 0, b1 = −1): only the output bias has
    // a gradient. The plane mixes b2 with a dead unit's outgoing weight, so the shadow moves in both
    // of its coordinates while the weights never leave it.
    const origin = new Float64Array(PARAM_COUNT);
    origin.fill(-1, B1, B1 + 20);
    const d1 = new Float64Array(PARAM_COUNT);
    const d2 = new Float64Array(PARAM_COUNT);
    [d1[B2], d1[W2 + 3]] = [Math.SQRT1_2, Math.SQRT1_2];
    [d2[B2], d2[W2 + 3]] = [Math.SQRT1_2, -Math.SQRT1_2];
    const flat: NetworkPlane = { x: plane.x, y: plane.y, origin, d1, d2 };
    const runner = new WholeNetworkRunner(flat, [0.5, -0.2], adam, params, 300);
    runner.advanceTo(300);
    expect(Math.max(...runner.drift)).toBeLessThan(1e-12);
    // It did train: the shadow moved along b2's direction, (1, 1)/√2, to the best constant output, the data's mean.
    const [a, b] = [runner.path[600], runner.path[601]];
    expect(b - -0.2).toBeCloseTo(a - 0.5, 12);
    expect((a + b) * Math.SQRT1_2).toBeCloseTo(plane.y.reduce((s, v) => s + v, 0) / plane.y.length, 3);
    expect(runner.loss[300]).toBeLessThan(runner.loss[0]);
  });
});
