import { describe, expect, it } from 'vitest';
import { parseExperimentDocument, runExperimentDocument } from '../../../src/core/formats/experiment.ts';
import { InputError } from '../../../src/core/InputError.ts';
import { defaultRuns } from '../../../src/core/mlp/defaultRuns.ts';
import { transferList, type ExperimentRequest } from '../../../src/core/mlp/experimentMessages.ts';
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

  it('hands over fresh buffers, so a receiver owning them cannot disturb the training', () => {
    const session = createExperimentSession(request);
    const data = session.data();
    const first = session.step();
    const buffers = [...transferList(data), ...transferList(first)];
    expect(buffers).toHaveLength(3 + 3 * request.runs.length);
    expect(new Set(buffers).size).toBe(buffers.length);
    // What a transfer allows the receiver: scribble over everything it was handed.
    for (const b of buffers) new Float64Array(b).fill(NaN);
    expect(Array.from(session.data().x)).toEqual(reference.data!.x);
    const second = session.step();
    reference.runs.forEach((run, r) => expect(Array.from(second.batchLoss[r])).toEqual(run.batchLoss!.slice(0, 64)));
  });

  it('rejects a bad request with a one-line InputError naming the field', () => {
    const bad = (runs: ExperimentRequest['runs']) => () => createExperimentSession({ ...request, runs });
    expect(bad([])).toThrow(InputError);
    expect(bad([{ optimizer: 'sgd', params: { lr: -1 } }])).toThrow(/runs\[0\]\.params/);
    expect(bad([{ optimizer: 'adamm', params: {} }])).toThrow(/runs\[0\]\.optimizer/);
  });
});
