import { describe, expect, it } from 'vitest';
import { defaultParams, type Params } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { basinChunks, basinStart, computeBasins, type BasinsConfig } from '../../src/sim/basins.ts';
import { singleBallBasin } from './basinsReference.ts';

function config(surface: string, optimizer: string, params: Params, size: number, steps: number): BasinsConfig {
  const s = surfaceById(surface)!;
  const o = optimizerById(optimizer)!;
  return { surface: s, optimizer: o, params: { ...defaultParams(o), ...params }, view: s.view, size, steps };
}

describe('basinChunks', () => {
  it('covers every start exactly once, in order, for any chunk size', () => {
    for (const [size, chunk] of [
      [1, 1],
      [5, 3],
      [16, 256],
      [16, 1000],
      [13, 7],
    ]) {
      const seen = new Uint8Array(size * size);
      for (const [first, count] of basinChunks(size, chunk)) for (let p = first; p < first + count; p++) seen[p]++;
      expect(seen.every((v) => v === 1)).toBe(true);
    }
  });
});

describe('computeBasins', () => {
  it('pixel (i, j) starts at the centre of its cell, row-major from the top-left', () => {
    const out = new Float64Array(2);
    basinStart({ x: [-5, 5], y: [-5, 5] }, 4, 1 * 4 + 2, out, 0);
    expect(Array.from(out)).toEqual([-5 + 2.5 * 2.5, 5 - 1.5 * 2.5]);
  });

  it('gives the same map whatever the chunking', () => {
    const c = config('himmelblau', 'momentum', { lr: 0.01, momentum: 0.9 }, 9, 60);
    const whole = computeBasins(c, 81);
    for (const chunk of [1, 4, 10]) {
      const split = computeBasins(c, chunk);
      expect(Array.from(split.basin)).toEqual(Array.from(whole.basin));
      expect(Array.from(split.stepsTaken)).toEqual(Array.from(whole.stepsTaken));
    }
  });

  const kinds = new Set<number>();
  it.each([
    ['himmelblau', 'momentum', { lr: 0.01, momentum: 0.9 }, 10, 200],
    ['himmelblau', 'adam', { lr: 0.1 }, 10, 150],
    ['himmelblau', 'sgd', { lr: 0.05 }, 10, 100],
    ['rastrigin', 'sgd', { lr: 0.001 }, 11, 300],
    ['six_hump_camel', 'rmsprop', { lr: 0.01 }, 10, 120],
  ] as const)('on %s with %s, each start ends where a single ball from it ends', (surface, optimizer, params, size, steps) => {
    const c = config(surface, optimizer, params, size, steps);
    const map = computeBasins(c, 17);
    const start = new Float64Array(2);
    for (let p = 0; p < size * size; p++) {
      basinStart(c.view, size, p, start, 0);
      const [basin, taken] = singleBallBasin(c.surface, c.optimizer, c.params, c.view, [start[0], start[1]], steps);
      expect([map.basin[p], map.stepsTaken[p]], `pixel ${p}`).toEqual([basin, taken]);
      kinds.add(Math.min(basin, 0));
    }
  });

  it('those maps hold every kind of ending, so each branch of the rule was compared', () => {
    expect([...kinds].sort()).toEqual([-1, -2, -3, 0]);
  });
});
