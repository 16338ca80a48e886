import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { computeBasins } from '../../src/sim/basins.ts';
import type { BasinsRequest } from '../../src/sim/basinsTask.ts';
import { WorkerPool } from '../../src/workers/pool.ts';
import { runBasinsOnPool } from '../../src/workers/poolBasins.ts';
import { poolTasks } from '../../src/workers/poolTasks.ts';
import { fakeWorkers } from './fakeWorkers.ts';

const himmelblau = surfaceById('himmelblau')!;
const request = (optimizer: string, lr: number): BasinsRequest => ({
  surface: 'himmelblau',
  optimizer,
  params: { ...defaultParams(optimizerById(optimizer)!), lr },
  view: { x: [-5, 5], y: [-4, 6] },
  size: 12,
  steps: 80,
});

describe('runBasinsOnPool', () => {
  it('fills every pixel of every map exactly once, with the maps a single thread computes', async () => {
    const pool = new WorkerPool(fakeWorkers(poolTasks).factory, 3);
    const requests = [request('adam', 0.1), request('sgd', 0.01)];
    const filled = requests.map(() => new Uint8Array(144));
    const onProgress = ({ map, first, count }: { map: number; first: number; count: number }) => {
      for (let p = first; p < first + count; p++) filled[map][p]++;
    };
    const job = runBasinsOnPool(pool, requests, { chunk: 25, onProgress });
    const maps = await job.done;
    expect(maps).not.toBeNull();
    for (const [m, r] of requests.entries()) {
      const optimizer = optimizerById(r.optimizer)!;
      const alone = computeBasins({ surface: himmelblau, optimizer, params: r.params, view: r.view, size: 12, steps: 80 });
      expect(Array.from(maps![m].basin)).toEqual(Array.from(alone.basin));
      expect(Array.from(maps![m].stepsTaken)).toEqual(Array.from(alone.stepsTaken));
      expect(filled[m].every((v) => v === 1)).toBe(true);
    }
    pool.terminate();
  });

  it('a new map cancels the one being computed', async () => {
    const pool = new WorkerPool(fakeWorkers(poolTasks).factory, 2);
    const old = runBasinsOnPool(pool, [request('adam', 0.1)], { chunk: 8 });
    const next = runBasinsOnPool(pool, [request('adam', 0.05)], { chunk: 72 });
    expect(await old.done).toBeNull();
    expect(await next.done).not.toBeNull();
    pool.terminate();
  });
});
