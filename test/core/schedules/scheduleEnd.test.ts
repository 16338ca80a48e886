import { describe, expect, it } from 'vitest';
import { createExperiment } from '../../../src/core/mlp/experiment.ts';
import { PARAM_COUNT } from '../../../src/core/mlp/layout.ts';
import { sgd } from '../../../src/core/optimizers/sgd.ts';
import { resolveSchedule } from '../../../src/core/schedules/resolveSchedule.ts';
import { scheduleEnd } from '../../../src/core/schedules/scheduleEnd.ts';

describe('scheduleEnd', () => {
  it('ends OneCycleLR at step total_steps − 1 and lets every other schedule run on', () => {
    expect(scheduleEnd({ type: 'OneCycleLR', params: { total_steps: 300 } })).toBe(299);
    expect(scheduleEnd({ type: 'StepLR', params: { step_size: 5 } })).toBe(Infinity);
  });

  it("holds the experiment's lr at that step when a run is longer than the cycle", () => {
    const schedule = resolveSchedule({ type: 'OneCycleLR', params: { max_lr: 0.1, total_steps: 6 } }, { optimizer: sgd }, 'schedule');
    const x = Float64Array.from({ length: 10 }, (_, i) => i / 10);
    const experiment = createExperiment({
      x,
      y: x.map((v) => v * v),
      init: new Float64Array(PARAM_COUNT).fill(0.1),
      epochs: 1,
      batchSize: 1,
      orders: [Int32Array.from(x.keys())],
      runs: [{ optimizer: sgd, params: { lr: 0.1, weight_decay: 0 }, schedule: { ...schedule, interval: 'batch' } }],
    });
    experiment.run();
    const lr = Array.from(experiment.runs[0].lr);
    // Steps 0..5 walk the cycle (up towards max_lr, then far down); from step 5 on the lr stays put.
    expect(lr[1]).toBeGreaterThan(lr[0]);
    expect(lr[5]).toBeLessThan(lr[4]);
    expect(lr.slice(5)).toEqual(new Array(5).fill(lr[5]));
  });
});
