import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { defaultState } from '../../src/state/AppState.ts';
import { computeHypermap } from '../../src/sim/hypermap.ts';
import { hypermapGrid, hypermapRunner, type HypermapRequest } from '../../src/sim/hypermapTask.ts';
import { WorkerPool } from '../../src/workers/pool.ts';
import { runHypermapOnPool } from '../../src/workers/poolHypermap.ts';
import { poolTasks } from '../../src/workers/poolTasks.ts';
import { fakeWorkers } from './fakeWorkers.ts';

const request: HypermapRequest = {
  target: 'surface',
  state: { ...defaultState(), surface: 'himmelblau' },
  start: [0, 0],
  optimizer: 'adam',
  params: defaultParams(optimizerById('adam')!),
  x: { key: 'lr', from: 1e-3, to: 1, count: 7, log: true },
  y: { key: 'betas[0]', from: 0, to: 0.99, count: 5, log: false },
  tol: 1e-3,
  steps: 200,
};

describe('runHypermapOnPool', () => {
  it('fills the map a single thread computes, reporting every chunk once', async () => {
    const pool = new WorkerPool(fakeWorkers(poolTasks).factory, 3);
    const progress: number[] = [];
    const filled = new Uint8Array(35);
    const job = runHypermapOnPool(pool, request, {
      chunk: 4,
      onProgress: ({ first, count, done, total }) => {
        progress.push(done / total);
        for (let c = first; c < first + count; c++) filled[c]++;
      },
    });
    const cells = await job.done;
    const grid = hypermapGrid(request);
    const alone = computeHypermap(grid, hypermapRunner(request, grid));
    expect(Array.from(cells!.steps)).toEqual(Array.from(alone.steps));
    expect(Array.from(cells!.outcome)).toEqual(Array.from(alone.outcome));
    expect(progress).toHaveLength(9);
    expect(progress.at(-1)).toBe(1);
    expect(filled.every((n) => n === 1)).toBe(true);
    pool.terminate();
  });

  it('resolves null once cancelled, and a new map cancels the one before', async () => {
    const pool = new WorkerPool(fakeWorkers(poolTasks).factory, 1);
    const first = runHypermapOnPool(pool, request, { chunk: 2 });
    const second = runHypermapOnPool(pool, request, { chunk: 2 });
    second.cancel();
    expect(await first.done).toBeNull();
    expect(await second.done).toBeNull();
    pool.terminate();
  });
});
