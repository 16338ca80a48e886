import { expect } from 'vitest';
import type { Optimizer } from '../../../src/core/optimizers/Optimizer.ts';
import { createState, liveParams } from '../../../src/core/optimizers/Optimizer.ts';
import { resolveParams } from '../../../src/core/optimizers/resolveParams.ts';

/**
 * Applies one kernel to theta0 with the given gradient for each step (one array per step) and
 * returns theta after every step; params are completed with defaults.
 */
export function runSteps(optimizer: Optimizer, input: object, theta0: number[], grads: number[][]): number[][] {
  const resolved = resolveParams(optimizer, input);
  if (!resolved.ok) throw new Error(resolved.error);
  const step = optimizer.kernel(resolved.params);
  const state = createState(optimizer, theta0.length);
  const live = liveParams(resolved.params);
  const theta = Float64Array.from(theta0);
  const after: number[][] = [];
  for (const g of grads) {
    step(theta, Float64Array.from(g), state, live);
    after.push([...theta]);
  }
  expect(state.t).toBe(grads.length);
  return after;
}

/** Hand-derived values are exact up to a few roundings. */
export function expectNear(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    expect(Math.abs(a - expected[i]), `coordinate ${i}: got ${a}, expected ${expected[i]}`).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(expected[i])));
  });
}
