import { Worker } from 'node:worker_threads';
import { parseExperimentDocument } from '../core/formats/experiment.ts';
import { optimizerById } from '../core/optimizers/registry.ts';
import { rosenbrock } from '../core/surfaces/rosenbrock.ts';
import type { BasinsRequest } from '../sim/basinsTask.ts';
import { Simulation } from '../sim/Simulation.ts';
import { WorkerPool } from '../workers/pool.ts';
import { runBasinsOnPool } from '../workers/poolBasins.ts';
import { experimentRunTasks, type ExperimentRunResult, type ExperimentRunTask } from '../workers/poolExperimentRun.ts';
import { threadPoolSize, threadWorkerFactory } from '../workers/poolThreads.ts';
import { benchParams } from './bench/benchParams.ts';
import { median, timeRepeated } from './timing.ts';

/** The classic race's seven, as the app enables them. */
const SEVEN = ['sgd', 'momentum', 'nag', 'adagrad', 'adadelta', 'rmsprop', 'adam'].map((id) => optimizerById(id)!);

const threadEntry = new URL('./poolThread.mjs', import.meta.url);

function basinRequests(size: number, steps: number): BasinsRequest[] {
  return SEVEN.map((o) => ({ surface: 'rosenbrock', optimizer: o.id, params: benchParams(o), view: rosenbrock.view, size, steps }));
}

/** Wall milliseconds of one pool job of basin maps. */
async function basinsMs(pool: WorkerPool, requests: BasinsRequest[]): Promise<number> {
  const t0 = performance.now();
  const maps = await runBasinsOnPool(pool, requests).done;
  if (!maps) throw new Error('bench: the basins job was cancelled');
  return performance.now() - t0;
}

/** A loop of pure arithmetic, as a worker_threads worker: answers n with the sum of √i for i < n. */
const SPIN = `require('node:worker_threads').parentPort.on('message', (n) => {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.sqrt(i);
  require('node:worker_threads').parentPort.postMessage(s);
});`;

/**
 * The efficiency the machine itself allows now: `workers` threads of pure arithmetic against one.
 * On a machine shared with other processes it falls below 1 whatever the pool does, so the basins
 * figure is read against it.
 */
async function controlEfficiency(workers: number): Promise<number> {
  const threads = Array.from({ length: workers }, () => new Worker(SPIN, { eval: true }));
  const spin = (w: Worker, n: number) => new Promise((resolve) => (w.once('message', resolve), w.postMessage(n)));
  const wall = async (f: () => Promise<unknown>) => {
    const t0 = performance.now();
    await f();
    return performance.now() - t0;
  };
  try {
    const n = 5e7;
    await Promise.all(threads.map((w) => spin(w, n)));
    const ratios: number[] = [];
    for (let k = 0; k < 5; k++) {
      const one = await wall(() => spin(threads[0], n));
      const all = await wall(() => Promise.all(threads.map((w) => spin(w, n))));
      ratios.push(one / all);
    }
    return +median(ratios).toFixed(3);
  } finally {
    for (const w of threads) void w.terminate();
  }
}

/**
 * A 256×256 basin map of each of the seven on rosenbrock, 300 steps a start, through a pool of one
 * worker per core. One worker's rate is measured in the same run on a 128×128 map of the same view
 * (the same mix of starts), in turns with the full pool, so a machine that drifts affects both.
 */
export async function benchBasins(): Promise<{ ms: number; workers: number; particleStepsPerSec: number; efficiency: number; controlEfficiency: number }> {
  const workers = threadPoolSize();
  const full = new WorkerPool(threadWorkerFactory(threadEntry), workers);
  const single = new WorkerPool(threadWorkerFactory(threadEntry), 1);
  try {
    const big = basinRequests(256, 300);
    const small = basinRequests(128, 300);
    for (const pool of [full, single]) await basinsMs(pool, basinRequests(64, 300));
    const fullMs: number[] = [];
    const singleMs: number[] = [];
    for (let k = 0; k < 3; k++) {
      singleMs.push(await basinsMs(single, small));
      fullMs.push(await basinsMs(full, big));
    }
    const work = (requests: BasinsRequest[]) => requests.reduce((n, r) => n + r.size * r.size * r.steps, 0);
    const rate = work(big) / (median(fullMs) / 1000);
    const singleRate = work(small) / (median(singleMs) / 1000);
    return {
      ms: Math.round(median(fullMs)),
      workers,
      particleStepsPerSec: Math.round(rate),
      efficiency: +(rate / (workers * singleRate)).toFixed(3),
      controlEfficiency: await controlEfficiency(workers),
    };
  } finally {
    full.terminate();
    single.terminate();
  }
}

/** 70 000 balls on one thread as the app steps them: seven optimizers of 10 000 in one simulation, short trails. */
export function benchSwarm(): { n70000: number } {
  const sim = new Simulation({
    surface: rosenbrock,
    groups: SEVEN.map((optimizer) => ({ optimizer, params: benchParams(optimizer) })),
    start: [-1.1, 1.1],
    particles: 10_000,
    spread: 0.1,
    trailLength: 16,
  });
  const steps = 30;
  const ms = timeRepeated(
    () => {
      sim.reset();
      sim.tick(steps);
    },
    { warmup: 2, repeats: 7 },
  );
  return { n70000: Math.round((70_000 * steps) / (median(ms) / 1000)) };
}

/**
 * The panel's seven-optimizer experiment (12 epochs of 1000 points in batches of 32) spread over a
 * pool of one worker per core, one optimizer per task; each worker makes the data, init and order
 * once (during the warm-up), as the single-thread figure makes them once. Wall milliseconds from sending the tasks to the last result.
 */
export async function benchExperimentParallel(): Promise<{ parallelMs: number; workers: number }> {
  const tasks = experimentRunTasks(parseExperimentDocument({ format: 'mlp-experiment/1', seed: 1, hidden: 20, epochs: 12, batchSize: 32 }));
  const workers = threadPoolSize();
  const pool = new WorkerPool(threadWorkerFactory(threadEntry), workers);
  const once = async () => {
    const t0 = performance.now();
    const results = await pool.run<ExperimentRunTask, ExperimentRunResult>(tasks, { channel: 'experiment' }).done;
    if (!results) throw new Error('bench: the experiment job was cancelled');
    return performance.now() - t0;
  };
  try {
    for (let k = 0; k < 10; k++) await once();
    const ms: number[] = [];
    for (let k = 0; k < 21; k++) ms.push(await once());
    return { parallelMs: +median(ms).toFixed(2), workers };
  } finally {
    pool.terminate();
  }
}
