import { afterAll, describe, expect, it } from 'vitest';
import { createExperiment, type ExperimentConfig } from '../../../src/core/mlp/experiment.ts';
import { packWeights } from '../../../src/core/mlp/layout.ts';
import { optimizerById } from '../../../src/core/optimizers/registry.ts';
import { resolveParams } from '../../../src/core/optimizers/resolveParams.ts';
import { golden, goldenInit, goldenOrders, goldenX, goldenY, relError, TOLERANCE } from './golden.ts';

function goldenConfig(): ExperimentConfig {
  const runs = golden.runs.map((r) => {
    const optimizer = optimizerById(r.optimizer)!;
    const resolved = resolveParams(optimizer, r.params);
    if (!resolved.ok) throw new Error(resolved.error);
    return { optimizer, params: resolved.params };
  });
  return {
    x: goldenX,
    y: goldenY,
    init: goldenInit,
    epochs: golden.epochs,
    batchSize: golden.batchSize,
    orders: goldenOrders,
    runs,
  };
}

let worst = 0;
let worstWhere = '';
function check(a: number, b: number, where: string): void {
  const e = relError(a, b);
  if (e > worst) {
    worst = e;
    worstWhere = where;
  }
  if (!(e <= TOLERANCE)) expect.fail(`${where}: ${a} vs golden ${b} (relative error ${e})`);
}

describe('the 1-20-1 experiment reproduces PyTorch (float64)', () => {
  afterAll(() => console.log(`experiment: worst relative error ${worst.toExponential(2)} at ${worstWhere}`));

  const experiment = createExperiment(goldenConfig());
  experiment.run();

  it('has the seven panel runs, 12 epochs of 32 batches', () => {
    expect(golden.runs.map((r) => r.optimizer)).toEqual(['sgd', 'momentum', 'nag', 'adagrad', 'adadelta', 'rmsprop', 'adam']);
    expect(experiment.batchesPerEpoch).toBe(32);
    expect(experiment.done).toBe(true);
    expect(experiment.steps).toBe(384);
  });

  it.each(golden.runs.map((r, i) => [r.optimizer, i] as const))('%s: batch losses, epoch losses, final weights', (id, i) => {
    const run = experiment.runs[i];
    const g = golden.runs[i];
    expect(run.batchLoss.length).toBe(g.batchLoss.length);
    g.batchLoss.forEach((b, k) => check(run.batchLoss[k], b, `${id} batchLoss[${k}]`));
    g.epochLoss.forEach((b, k) => check(run.epochLoss[k], b, `${id} epochLoss[${k}]`));
    packWeights(g.final).forEach((b, k) => check(run.weights[k], b, `${id} final[${k}]`));
  });

  it('keeps a snapshot per epoch: the init first, the final weights last', () => {
    for (const run of experiment.runs) {
      expect(run.snapshots.length).toBe(golden.epochs + 1);
      expect(Array.from(run.snapshots[0])).toEqual(Array.from(goldenInit));
      expect(Array.from(run.snapshots[golden.epochs])).toEqual(Array.from(run.weights));
    }
  });
});

describe('stepping', () => {
  const results = (e: ReturnType<typeof createExperiment>) =>
    e.runs.map((r) => [Array.from(r.batchLoss), Array.from(r.epochLoss), Array.from(r.weights), r.snapshots.map((s) => Array.from(s))]);
  const whole = createExperiment(goldenConfig());
  whole.run();

  it('by batch gives what run() gives, with epoch and batch counting through', () => {
    const e = createExperiment(goldenConfig());
    e.step();
    expect([e.epoch, e.batch, e.steps]).toEqual([0, 1, 1]);
    for (let k = 1; k < 32; k++) e.step();
    expect([e.epoch, e.batch, e.done]).toEqual([1, 0, false]);
    while (!e.done) e.step();
    e.step(); // a no-op once done
    expect(e.steps).toBe(384);
    expect(results(e)).toEqual(results(whole));
  });

  it('by epoch gives what run() gives, and a half-finished epoch is completed', () => {
    const e = createExperiment(goldenConfig());
    for (let k = 0; k < 5; k++) e.step();
    e.runEpoch();
    expect([e.epoch, e.batch]).toEqual([1, 0]);
    while (!e.done) e.runEpoch();
    expect(results(e)).toEqual(results(whole));
  });

  it('every run starts from its own copy of the init', () => {
    const e = createExperiment(goldenConfig());
    e.step();
    expect(Array.from(goldenInit)).toEqual(Array.from(packWeights(golden.init)));
    // All runs see the same first batch with the same weights, so its recorded loss is shared.
    const first = e.runs.map((r) => r.batchLoss[0]);
    expect(new Set(first).size).toBe(1);
    check(first[0], golden.runs[0].batchLoss[0], 'first batch');
  });
});
