import { describe, expect, it } from 'vitest';
import { createNetworkSurface, DEFAULT_NETWORK } from '../../../src/core/mlp/networkSurface.ts';
import { createRandom } from '../../../src/core/random.ts';
import { gradientManyOf } from '../../../src/core/surfaces/gradientManyOf.ts';
import { surfaces } from '../../../src/core/surfaces/registry.ts';
import type { Surface } from '../../../src/core/surfaces/Surface.ts';

const COUNT = 257;

/** Points across the view, and with `far`, one in eight far beyond it (where the steep surfaces overflow). */
function points(surface: Surface, seed: number, far: boolean): Float64Array {
  const random = createRandom(seed);
  const pos = new Float64Array(2 * COUNT);
  const { x, y } = surface.view;
  for (let p = 0; p < COUNT; p++) {
    const reach = far && p % 8 === 7 ? 1e80 : 1.5;
    pos[2 * p] = (x[0] + x[1]) / 2 + reach * (x[1] - x[0]) * (random.next() - 0.5);
    pos[2 * p + 1] = (y[0] + y[1]) / 2 + reach * (y[1] - y[0]) * (random.next() - 0.5);
  }
  return pos;
}

/** gradient called point by point, and gradientMany over all of them, on two copies of the surface. */
function both(one: Surface, many: Surface, pos: Float64Array) {
  const single = { grad: new Float64Array(2 * COUNT), loss: new Float64Array(COUNT) };
  for (let p = 0; p < COUNT; p++) single.loss[p] = one.gradient(pos[2 * p], pos[2 * p + 1], single.grad, 2 * p);
  const batch = { grad: new Float64Array(2 * COUNT), loss: new Float64Array(COUNT), check: 0 };
  batch.check = gradientManyOf(many)(pos, batch.grad, batch.loss, COUNT);
  return { single, batch };
}

const sumOf = (pos: Float64Array, grad: Float64Array, loss: Float64Array) => {
  let s = 0;
  for (let p = 0; p < COUNT; p++) s += pos[2 * p] + pos[2 * p + 1] + loss[p] + grad[2 * p] + grad[2 * p + 1];
  return s;
};

describe('gradientMany', () => {
  it.each(surfaces.map((s) => [s.id, s] as const))('%s: the same bits as gradient at every point', (_id, surface) => {
    expect(typeof surface.gradientMany).toBe('function');
    const pos = points(surface, 11, true);
    const { single, batch } = both(surface, surface, pos);
    for (let i = 0; i < 2 * COUNT; i++) expect(Object.is(batch.grad[i], single.grad[i]), `grad ${i}`).toBe(true);
    for (let p = 0; p < COUNT; p++) expect(Object.is(batch.loss[p], single.loss[p]), `loss ${p}`).toBe(true);
  });

  it.each(surfaces.map((s) => [s.id, s] as const))('%s: its check is finite exactly when every value is', (_id, surface) => {
    const near = points(surface, 5, false);
    const { batch } = both(surface, surface, near);
    // The same sum, perhaps in another order.
    expect(Math.abs(batch.check - sumOf(near, batch.grad, batch.loss))).toBeLessThanOrEqual(1e-12 * Math.abs(batch.check));
    expect(Number.isFinite(batch.check)).toBe(true);
    near[2 * 7] = -Infinity;
    expect(Number.isFinite(surface.gradientMany!(near, batch.grad, batch.loss, COUNT))).toBe(false);
    near[2 * 7] = surface.start[0];
    near[2 * 100 + 1] = NaN;
    expect(Number.isNaN(surface.gradientMany!(near, batch.grad, batch.loss, COUNT))).toBe(true);
    near[2 * 100 + 1] = Infinity;
    expect(Number.isFinite(surface.gradientMany!(near, batch.grad, batch.loss, COUNT))).toBe(false);
  });

  it('a surface without its own is stepped point by point, to the same bits', () => {
    const rosenbrock = surfaces[0];
    const bare = { ...rosenbrock, gradientMany: undefined };
    const pos = points(rosenbrock, 2, true);
    const { single, batch } = both(rosenbrock, bare, pos);
    expect(Array.from(batch.grad)).toEqual(Array.from(single.grad));
    expect(Array.from(batch.loss)).toEqual(Array.from(single.loss));
    expect(Object.is(batch.check, rosenbrock.gradientMany!(pos, single.grad, single.loss, COUNT))).toBe(true);
  });

  // Two copies built alike draw the same minibatches, so the stochastic slice compares too.
  const networks: [string, () => Surface][] = [
    ['mlp-slice', () => createNetworkSurface('mlp-slice', DEFAULT_NETWORK)],
    ['mlp-slice, minibatches of 16', () => createNetworkSurface('mlp-slice', { ...DEFAULT_NETWORK, batch: 16 })],
    ['mlp-slice, two weights of different units', () => createNetworkSurface('mlp-slice', { ...DEFAULT_NETWORK, params: ['w1[3]', 'b1[7]'] })],
    ['mlp-directions', () => createNetworkSurface('mlp-directions', DEFAULT_NETWORK)],
  ];
  it.each(networks)('%s: within 1e-12 of gradient at every point', (_name, make) => {
    const one = make();
    const pos = points(one, 3, false);
    const { single, batch } = both(one, make(), pos);
    const near = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
    for (let i = 0; i < 2 * COUNT; i++) expect(near(batch.grad[i], single.grad[i]), `grad ${i}: ${batch.grad[i]} vs ${single.grad[i]}`).toBe(true);
    for (let p = 0; p < COUNT; p++) expect(near(batch.loss[p], single.loss[p]), `loss ${p}`).toBe(true);
    expect(Number.isFinite(batch.check)).toBe(true);
  });
});
