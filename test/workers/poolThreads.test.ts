import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { computeBasins } from '../../src/sim/basins.ts';
import { WorkerPool } from '../../src/workers/pool.ts';
import { runBasinsOnPool } from '../../src/workers/poolBasins.ts';
import { threadWorkerFactory } from '../../src/workers/poolThreads.ts';

describe('the pool over worker_threads', () => {
  it('real threads load the TypeScript worker and compute the same map as this thread', async () => {
    const pool = new WorkerPool(threadWorkerFactory(new URL('../../src/cli/poolThread.mjs', import.meta.url)), 2);
    const adam = optimizerById('adam')!;
    const params = { ...defaultParams(adam), lr: 0.1 };
    const view = { x: [-5, 5] as [number, number], y: [-5, 5] as [number, number] };
    try {
      const maps = await runBasinsOnPool(pool, [{ surface: 'himmelblau', optimizer: 'adam', params, view, size: 16, steps: 60 }], { chunk: 64 }).done;
      const alone = computeBasins({ surface: surfaceById('himmelblau')!, optimizer: adam, params, view, size: 16, steps: 60 });
      expect(Array.from(maps![0].basin)).toEqual(Array.from(alone.basin));
      expect(Array.from(maps![0].stepsTaken)).toEqual(Array.from(alone.stepsTaken));
    } finally {
      pool.terminate();
    }
  }, 30_000);
});
