import { describe, expect, it } from 'vitest';
import { parseExperimentDocument, runExperimentDocument } from '../../../src/core/formats/experiment.ts';
import { InputError } from '../../../src/core/InputError.ts';
import { defaultRuns } from '../../../src/core/mlp/defaultRuns.ts';
import type { ExperimentRequest } from '../../../src/core/mlp/experimentMessages.ts';
import { createExperimentSession } from '../../../src/core/mlp/experimentSession.ts';
import { packWeights } from '../../../src/core/mlp/layout.ts';
import { predict } from '../../../src/core/mlp/predict.ts';

const request: ExperimentRequest = {
  type: 'run',
  id: 3,
  seed: 42,
  runs: defaultRuns.map((r) => ({ optimizer: r.optimizer, params: { ...r.params } })),
};

describe('an experiment session (the worker path)', () => {
  // The CLI path trains the same request in one go; stepping by epoch must not change a single bit.
  const reference = runExperimentDocument(parseExperimentDocument({ seed: request.seed, runs: request.runs }));

  it("sends the tutorial's data and shape first: 1000 points, 12 epochs of 32 batches", () => {
    const data = createExperimentSession(request).data();
    expect(data).toMatchObject({ type: 'data', id: 3, epochs: 12, batchesPerEpoch: 32 });
    expect(Array.from(data.x)).toEqual(reference.data!.x);
    expect(Array.from(data.y)).toEqual(reference.data!.y);
    expect(data.fitX[0]).toBe(-1);
    expect(data.fitX[data.fitX.length - 1]).toBe(1);
    expect(data.fitX.length).toBeGreaterThanOrEqual(100);
  });

  it('reports every epoch: losses so far and the fitted curves of the current weights', () => {
    const session = createExperimentSession(request);
    const fitX = session.data().fitX;
    for (let e = 1; e <= 12; e++) {
      expect(session.done).toBe(false);
      const p = session.step();
      expect(p).toMatchObject({ type: 'progress', id: 3, epoch: e, epochs: 12 });
      reference.runs.forEach((run, r) => {
        expect(Array.from(p.batchLoss[r])).toEqual(run.batchLoss!.slice(0, 32 * e));
        expect(Array.from(p.epochLoss[r])).toEqual(run.epochLoss!.slice(0, e));
      });
    }
    expect(session.done).toBe(true);
    const last = session.step();
    expect(last.epoch).toBe(12);
    reference.runs.forEach((run, r) => {
      const expected = predict(packWeights(run.final!), fitX, new Float64Array(fitX.length));
      expect(Array.from(last.fit[r])).toEqual(Array.from(expected));
    });
  });

  it('finishes with the complete document runExperimentDocument gives', () => {
    const session = createExperimentSession(request);
    session.step();
    const done = session.result();
    expect(done.type).toBe('done');
    expect(done.id).toBe(3);
    expect(done.document).toEqual(reference);
  });

  it('rejects a bad request with a one-line InputError naming the field', () => {
    const bad = (runs: ExperimentRequest['runs']) => () => createExperimentSession({ ...request, runs });
    expect(bad([])).toThrow(InputError);
    expect(bad([{ optimizer: 'sgd', params: { lr: -1 } }])).toThrow(/runs\[0\]\.params/);
    expect(bad([{ optimizer: 'adamm', params: {} }])).toThrow(/runs\[0\]\.optimizer/);
    const oneCycle = { type: 'OneCycleLR', params: { max_lr: 0.1, total_steps: 100 }, interval: 'batch' } as const;
    expect(bad([{ optimizer: 'momentum', params: {}, schedule: oneCycle }])).toThrow(
      /^runs\[0\]\.schedule\.params\.total_steps: is 100 but the run takes 384 scheduler steps/,
    );
    expect(() => createExperimentSession({ ...request, batchSize: 0 })).toThrow(/^batchSize: /);
    expect(() => createExperimentSession({ ...request, noise: -1 })).toThrow(/^noise: /);
  });
});

describe('a session of another shape, with a schedule', () => {
  const schedule = { type: 'StepLR', params: { step_size: 1, gamma: 0.5 }, interval: 'epoch' } as const;
  const shaped: ExperimentRequest = {
    ...request,
    runs: [{ optimizer: 'sgd', params: { lr: 0.1 }, schedule }],
    epochs: 3,
    batchSize: 1,
    points: 50,
    noise: 0,
  };

  it('trains batch size 1 on the requested points, without noise, reporting the lr of every step', () => {
    const session = createExperimentSession(shaped);
    const data = session.data();
    expect(data).toMatchObject({ epochs: 3, batchesPerEpoch: 50 });
    expect(data.x.length).toBe(50);
    data.x.forEach((x, i) => expect(data.y[i]).toBe(x * x));
    session.step();
    const p = session.step();
    expect(p.batchLoss[0].length).toBe(100);
    // One scheduler step per epoch: 0.1 for the first 50 steps, 0.05 for the next 50.
    expect(Array.from(p.lr[0])).toEqual([...Array<number>(50).fill(0.1), ...Array<number>(50).fill(0.05)]);
    const reference = runExperimentDocument(parseExperimentDocument({ seed: 42, epochs: 3, batchSize: 1, points: 50, noise: 0, runs: shaped.runs }));
    expect(session.result().document).toEqual(reference);
    expect(reference.runs[0].lr!.slice(100)).toEqual(Array(50).fill(0.025));
  });
});
