import { describe, expect, it } from 'vitest';
import { createSetupExperiment, parseExperimentDocument, setupExperiment } from '../../src/core/formats/experiment.ts';
import { WorkerPool } from '../../src/workers/pool.ts';
import { experimentRunTasks, type ExperimentRunResult } from '../../src/workers/poolExperimentRun.ts';
import { poolTasks } from '../../src/workers/poolTasks.ts';
import { fakeWorkers } from './fakeWorkers.ts';

describe('experiment runs as pool tasks', () => {
  it('each optimizer trained alone on a worker is exactly that run of the whole experiment', async () => {
    const document = parseExperimentDocument({ format: 'mlp-experiment/1', seed: 3, hidden: 20, epochs: 2, batchSize: 50 });
    const whole = createSetupExperiment(setupExperiment(document));
    whole.run();
    const pool = new WorkerPool(fakeWorkers(poolTasks).factory, 3);
    const results = await pool.run<ReturnType<typeof experimentRunTasks>[number], ExperimentRunResult>(experimentRunTasks(document), { channel: 'experiment' }).done;
    expect(results).toHaveLength(7);
    whole.runs.forEach((run, k) => {
      expect(Array.from(results![k].batchLoss)).toEqual(Array.from(run.batchLoss));
      expect(Array.from(results![k].epochLoss)).toEqual(Array.from(run.epochLoss));
      expect(Array.from(results![k].weights)).toEqual(Array.from(run.weights));
    });
    // The runs differ from one another, so matching by index means something.
    expect(results![0].epochLoss[1]).not.toBe(results![6].epochLoss[1]);
    pool.terminate();
  });

  it('a run index the document does not have fails the task', async () => {
    const document = parseExperimentDocument({ format: 'mlp-experiment/1', seed: 3, hidden: 20, epochs: 1, batchSize: 50 });
    const pool = new WorkerPool(fakeWorkers(poolTasks).factory, 1);
    await expect(pool.run([{ type: 'experiment-run', document, index: 7 }]).done).rejects.toThrow('chunk 0: no run 7');
  });
});
