import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../../src/core/mlp/dataset.ts';
import { deriveSeed } from '../../../src/core/mlp/deriveSeed.ts';
import { initWeights } from '../../../src/core/mlp/initWeights.ts';
import { linspace } from '../../../src/core/mlp/linspace.ts';
import { shuffleOrders } from '../../../src/core/mlp/shuffleOrders.ts';
import { createRandom } from '../../../src/core/random.ts';
import { golden } from './golden.ts';

describe('linspace', () => {
  it('is within one rounding of torch.linspace(-1, 1, 1000)', () => {
    // PyTorch's CPU kernel fills 4-wide vectors with fused multiply-adds, so its values differ from
    // the two-sided scalar formula by one ulp (1.1e-16 here) at some points; files carry their x.
    const x = linspace(-1, 1, 1000);
    golden.data.x.forEach((g, i) => expect(Math.abs(x[i] - g)).toBeLessThanOrEqual(2 ** -53));
  });

  it('hits both endpoints exactly and is symmetric', () => {
    for (const n of [2, 3, 10, 999, 1000]) {
      const x = linspace(-1, 1, n);
      expect(x[0]).toBe(-1);
      expect(x[n - 1]).toBe(1);
      for (let i = 0; i < n; i++) {
        if (2 * i === n - 1) expect(Math.abs(x[i])).toBeLessThan(1e-15);
        else expect(x[i] + x[n - 1 - i]).toBe(0);
      }
    }
    expect(Array.from(linspace(0, 1, 5))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(Array.from(linspace(3, 4, 1))).toEqual([3]);
  });
});

describe('seeded data, init and batch orders', () => {
  const generate = (seed: number) => ({
    data: makeDataset(createRandom(deriveSeed(seed, 'data'))),
    init: initWeights(createRandom(deriveSeed(seed, 'init'))),
    orders: shuffleOrders(createRandom(deriveSeed(seed, 'order')), 1000, 12),
  });
  const plain = (g: ReturnType<typeof generate>) => ({
    x: Array.from(g.data.x),
    y: Array.from(g.data.y),
    init: Array.from(g.init),
    orders: g.orders.map((o) => Array.from(o)),
  });

  it('a seed reproduces everything exactly; another seed changes y, init and orders', () => {
    const a = plain(generate(7));
    expect(plain(generate(7))).toEqual(a);
    const b = plain(generate(8));
    expect(b.x).toEqual(a.x);
    expect(b.y).not.toEqual(a.y);
    expect(b.init).not.toEqual(a.init);
    expect(b.orders[0]).not.toEqual(a.orders[0]);
  });

  it('each purpose gets its own generator', () => {
    const seeds = (['data', 'init', 'order', 'points', 'batch', 'directions'] as const).map((p) => deriveSeed(7, p));
    expect(new Set(seeds).size).toBe(seeds.length);
    expect(deriveSeed(7, 'data')).not.toBe(deriveSeed(8, 'data'));
  });

  it('y is x² plus noise of standard deviation 0.1', () => {
    const { x, y } = generate(3).data;
    let mean = 0;
    let sq = 0;
    for (let i = 0; i < 1000; i++) {
      const e = y[i] - x[i] * x[i];
      mean += e / 1000;
      sq += (e * e) / 1000;
    }
    // For 1000 draws of N(0, 0.01) the mean has sd 0.0032 and the variance sd 0.00045: 5-sigma bounds.
    expect(Math.abs(mean)).toBeLessThan(0.016);
    expect(Math.abs(sq - mean * mean - 0.01)).toBeLessThan(0.0023);
  });

  it('init is uniform in ±1 for the hidden layer and ±1/√20 for the output layer', () => {
    const theta = generate(3).init;
    const bound = 1 / Math.sqrt(20);
    for (let i = 0; i < 40; i++) expect(Math.abs(theta[i])).toBeLessThan(1);
    for (let i = 40; i < 61; i++) expect(Math.abs(theta[i])).toBeLessThan(bound);
    // Spread: the hidden weights reach well beyond the output bound.
    expect(Math.max(...Array.from(theta.subarray(0, 40), Math.abs))).toBeGreaterThan(bound);
  });

  it('every epoch order is a permutation, and epochs differ', () => {
    const { orders } = generate(3);
    for (const o of orders) expect(Array.from(o).sort((p, q) => p - q)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(Array.from(orders[1])).not.toEqual(Array.from(orders[0]));
  });
});
