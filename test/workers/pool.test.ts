import { describe, expect, it } from 'vitest';
import { PoolError, WorkerPool, type ChunkDone } from '../../src/workers/pool.ts';
import { DIE, fakeWorkers } from './fakeWorkers.ts';

interface Square {
  type: 'square';
  n: number;
}
const squares = (count: number): Square[] => Array.from({ length: count }, (_, n) => ({ type: 'square', n }));
const ran = (log: ReturnType<typeof fakeWorkers>['log']) => log.started.map((s) => (s.request.task as Square).n);

describe('WorkerPool', () => {
  it('computes every chunk exactly once, at most one per worker at a time, reporting progress as chunks finish', async () => {
    const { factory, log } = fakeWorkers({ square: (t: Square) => t.n * t.n });
    const pool = new WorkerPool(factory, 3);
    const progress: ChunkDone<number>[] = [];
    const results = await pool.run<Square, number>(squares(20), { onChunk: (c) => progress.push(c) }).done;
    expect(results).toEqual(squares(20).map((t) => t.n * t.n));
    expect(ran(log).sort((a, b) => a - b)).toEqual(squares(20).map((t) => t.n));
    expect(log.maxInFlight).toBe(3);
    expect(log.spawned).toBe(3);
    expect(progress.map((p) => p.done)).toEqual(Array.from({ length: 20 }, (_, k) => k + 1));
    expect(progress.every((p) => p.total === 20 && p.result === p.index * p.index)).toBe(true);
    pool.terminate();
  });

  it('an empty job is done at once', async () => {
    const pool = new WorkerPool(fakeWorkers({}).factory, 2);
    expect(await pool.run([]).done).toEqual([]);
  });

  it('a new job on a channel cancels the old one: its queued chunks never start and late results are dropped', async () => {
    const { factory, log } = fakeWorkers({ square: (t: Square) => t.n * t.n });
    const pool = new WorkerPool(factory, 2);
    const seen: number[] = [];
    const first = pool.run<Square, number>(squares(50), { onChunk: (c) => seen.push(c.index) });
    // Two chunks are in flight right away; the rest wait in the queue.
    const second = pool.run<Square, number>(squares(5).map((t) => ({ ...t, n: t.n + 100 })));
    expect(await first.done).toBeNull();
    expect(await second.done).toEqual([0, 1, 2, 3, 4].map((n) => (n + 100) ** 2));
    expect(seen).toEqual([]);
    expect(ran(log).filter((n) => n < 100)).toEqual([0, 1]);
  });

  it('cancel() stops a job part-way; a job on another channel goes on', async () => {
    const { factory, log } = fakeWorkers({ square: (t: Square) => t.n * t.n });
    const pool = new WorkerPool(factory, 2);
    const job: ReturnType<typeof pool.run<Square, number>> = pool.run<Square, number>(squares(40), { onChunk: (c) => c.done === 6 && job.cancel() });
    const other = pool.run<Square, number>(
      squares(4).map((t) => ({ ...t, n: t.n + 100 })),
      { channel: 'experiment' },
    );
    expect(await job.done).toBeNull();
    expect(await other.done).toEqual([100, 101, 102, 103].map((n) => n * n));
    // Six finished and at most one more was running on the other worker when it was cancelled.
    const started = ran(log).filter((n) => n < 100).length;
    expect(started).toBeGreaterThanOrEqual(6);
    expect(started).toBeLessThanOrEqual(7);
    // The two channels took turns: the experiment's chunks did not wait for the forty.
    expect(ran(log).indexOf(100)).toBeLessThan(3);
  });

  it('retries a chunk that throws once, and reports one that throws again, naming the chunk', async () => {
    const tries = new Map<number, number>();
    const { factory } = fakeWorkers({
      square: (t: Square) => {
        const k = (tries.get(t.n) ?? 0) + 1;
        tries.set(t.n, k);
        if (t.n === 3 && k === 1) throw new Error('flaky');
        if (t.n === 7) throw new Error('always broken');
        return t.n * t.n;
      },
    });
    const pool = new WorkerPool(factory, 2);
    const flaky = await pool.run<Square, number>(squares(5)).done;
    expect(flaky).toEqual([0, 1, 4, 9, 16]);
    expect(tries.get(3)).toBe(2);
    const broken = pool.run<Square, number>(squares(10)).done;
    await expect(broken).rejects.toThrow(PoolError);
    await expect(broken).rejects.toThrow('chunk 7: always broken');
    await expect(broken).rejects.toMatchObject({ chunk: 7, kind: 'threw', detail: 'always broken' });
    expect(tries.get(7)).toBe(2);
  });

  it('a chunk whose worker dies runs again on a fresh worker; dying twice fails the job', async () => {
    let deaths = 0;
    const { factory, log } = fakeWorkers({
      square: (t: Square) => {
        if (t.n === 2 && deaths++ < 1) throw DIE;
        if (t.n === 5) throw DIE;
        return t.n * t.n;
      },
    });
    const pool = new WorkerPool(factory, 1);
    expect(await pool.run<Square, number>(squares(4)).done).toEqual([0, 1, 4, 9]);
    expect(log.spawned).toBe(2);
    expect(log.terminated).toBe(1);
    const dead = pool.run<Square, number>(squares(6)).done;
    await expect(dead).rejects.toThrow('chunk 5: the worker exited with code 1');
    await expect(dead).rejects.toMatchObject({ chunk: 5, kind: 'crashed' });
    // Chunk 5 killed the second worker, and on its retry the third.
    expect(log.spawned).toBe(3);
    expect(log.terminated).toBe(3);
    expect(log.started.filter((s) => (s.request.task as Square).n === 5).map((s) => s.worker)).toEqual([1, 2]);
  });

  it('a task type no worker knows fails after its retry, and the pool keeps serving', async () => {
    const pool = new WorkerPool(fakeWorkers({ square: (t: Square) => t.n }).factory, 2);
    await expect(pool.run([{ type: 'cube' }]).done).rejects.toThrow('chunk 0: no handler for task type "cube"');
    expect(await pool.run<Square, number>(squares(3)).done).toEqual([0, 1, 2]);
  });

  it('a task that cannot be posted fails its job, naming the chunk', async () => {
    const pool = new WorkerPool(fakeWorkers({ square: (t: Square) => t.n }).factory, 2);
    const job = pool.run([
      { type: 'square', n: 1 },
      { type: 'square', n: 2, callback: () => 0 },
    ]).done;
    await expect(job).rejects.toThrow(/^chunk 1: .*could not be cloned/);
    await expect(job).rejects.toMatchObject({ chunk: 1, kind: 'unposted' });
    expect(await pool.run<Square, number>(squares(3)).done).toEqual([0, 1, 2]);
  });

  it('terminate() stops every worker and resolves running jobs as cancelled', async () => {
    const { factory, log } = fakeWorkers({ square: (t: Square) => t.n });
    const pool = new WorkerPool(factory, 2);
    const job = pool.run<Square, number>(squares(10));
    pool.terminate();
    expect(await job.done).toBeNull();
    expect(log.terminated).toBe(2);
    expect(() => pool.run(squares(1))).toThrow('terminated');
  });
});
