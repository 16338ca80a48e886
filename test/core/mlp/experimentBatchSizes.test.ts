import { describe, expect, it } from 'vitest';
import { parseExperimentDocument, runExperimentDocument } from '../../../src/core/formats/experiment.ts';
import { createExperimentSession } from '../../../src/core/mlp/experimentSession.ts';
import { golden } from './golden.ts';

/** Gradient descent, minibatch descent and stochastic gradient descent: one optimizer, three batch sizes. */
const sgd = (batchSize: number) => ({ optimizer: 'sgd', params: { lr: 0.05 }, batchSize });
const doc = parseExperimentDocument({ ...golden, slices: [], runs: [sgd(1000), sgd(32), sgd(1)] });

describe('runs of different batch sizes side by side', () => {
  const out = runExperimentDocument(doc);

  it('each run takes its own number of steps per epoch on the same shuffled order', () => {
    expect(out.runs.map((r) => r.batchLoss!.length)).toEqual([12, 384, 12000]);
    expect(out.runs.map((r) => r.epochLoss!.length)).toEqual([12, 12, 12]);
    expect(out.runs.map((r) => r.batchSize)).toEqual([1000, 32, 1]);
  });

  it('a run is the same to the bit as in an experiment of its batch size alone', () => {
    const alone = runExperimentDocument(parseExperimentDocument({ ...golden, slices: [], runs: [{ optimizer: 'sgd', params: { lr: 0.05 } }] }));
    expect(out.runs[1].batchLoss).toEqual(alone.runs[0].batchLoss);
    expect(out.runs[1].final).toEqual(alone.runs[0].final);
  });

  it('full-batch descent sees the loss of all the data: each batch loss is the previous epoch loss', () => {
    const [gd] = out.runs;
    for (let e = 1; e < 12; e++) expect(Math.abs(gd.batchLoss![e] - gd.epochLoss![e - 1])).toBeLessThanOrEqual(1e-14);
  });

  it("the worker path reports each run's own steps", () => {
    const session = createExperimentSession({
      type: 'run',
      id: 1,
      seed: 1,
      runs: [sgd(1000), sgd(32), sgd(1)].map((r) => ({ ...r, params: { ...r.params } })),
      epochs: 2,
    });
    expect(session.data()).toMatchObject({ batchesPerEpoch: 1000, runBatches: [1, 32, 1000] });
    const p = session.step();
    expect(p.batchLoss.map((b) => b.length)).toEqual([1, 32, 1000]);
    expect(p.lr.map((b) => b.length)).toEqual([1, 32, 1000]);
  });

  it("a per-run OneCycleLR counts that run's own batches", () => {
    const oneCycle = { type: 'OneCycleLR', params: { max_lr: 0.1, total_steps: 12 }, interval: 'batch' };
    const withSchedule = (batchSize: number) => ({ runs: [{ optimizer: 'momentum', batchSize, schedule: oneCycle }] });
    expect(() => runExperimentDocument(parseExperimentDocument(withSchedule(1000)))).not.toThrow();
    expect(() => runExperimentDocument(parseExperimentDocument(withSchedule(500)))).toThrow(
      /^runs\[0\]\.schedule\.params\.total_steps: is 12 but the run takes 24 scheduler steps/,
    );
    expect(() => parseExperimentDocument({ runs: [{ optimizer: 'sgd', batchSize: 0 }] })).toThrow(/^runs\[0\]\.batchSize: expected an integer/);
  });
});
