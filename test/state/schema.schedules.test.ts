import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/AppState.ts';
import { decodeHash, encodeHash } from '../../src/state/hash.ts';
import { applyPartial } from '../../src/state/schema.ts';
import { noteText } from '../../src/state/noteText.ts';

const warmup = {
  type: 'SequentialLR',
  params: {
    schedulers: [
      { type: 'LinearLR', params: { start_factor: 0.1, total_iters: 20 } },
      { type: 'CosineAnnealingLR', params: { T_max: 180 } },
    ],
    milestones: [20],
  },
};

describe('schedules in the state', () => {
  it('start as none, and a schedule is completed with PyTorch defaults', () => {
    expect(defaultState().optimizers.adam.schedule).toBeNull();
    expect(defaultState().experiment.optimizers.adam.schedule).toBeNull();
    const { state, notes } = applyPartial(defaultState(), { optimizers: { adam: { schedule: { type: 'StepLR', params: { step_size: 5 } } } } });
    expect(notes.map(noteText)).toEqual([]);
    expect(state.optimizers.adam.schedule).toEqual({ type: 'StepLR', params: { step_size: 5, gamma: 0.1 } });
    expect(applyPartial(state, { optimizers: { adam: { schedule: null } } }).state.optimizers.adam.schedule).toBeNull();
  });

  it('a bad schedule is a note naming the field, and the old one stays', () => {
    const before = applyPartial(defaultState(), { optimizers: { adam: { schedule: warmup } } }).state;
    const cases: [unknown, RegExp][] = [
      [{ type: 'StepLR', params: { step_size: 0 } }, /^optimizers\.adam\.schedule\.params\.step_size: must be an integer >= 1, got 0$/],
      [{ type: 'WarpLR' }, /^optimizers\.adam\.schedule\.type: unknown schedule "WarpLR"/],
      [{ ...warmup, params: { ...warmup.params, milestones: [20, 40] } }, /^optimizers\.adam\.schedule\.params\.milestones: needs 1 entries/],
      ['cosine', /^optimizers\.adam\.schedule: expected \{type, params\}/],
    ];
    for (const [schedule, message] of cases) {
      const { state, notes } = applyPartial(before, { optimizers: { adam: { schedule } } });
      expect(notes.map(noteText)).toEqual([expect.stringMatching(message)]);
      expect(state.optimizers.adam.schedule).toEqual(before.optimizers.adam.schedule);
    }
  });

  it('combinations PyTorch refuses are refused: Adagrad has no momentum for OneCycleLR to cycle', () => {
    const { state, notes } = applyPartial(defaultState(), { optimizers: { adagrad: { schedule: { type: 'OneCycleLR', params: { max_lr: 0.1, total_steps: 100 } } } } });
    expect(notes.map(noteText)).toEqual([expect.stringMatching(/^optimizers\.adagrad\.schedule\.params\.cycle_momentum: adagrad has neither momentum nor betas/)]);
    expect(state.optimizers.adagrad.schedule).toBeNull();
  });

  it("the experiment's schedules say when they step (per epoch unless told) and fit the run's steps", () => {
    const oneCycle = (total: number, interval?: string) => ({ type: 'OneCycleLR', params: { max_lr: 0.05, total_steps: total }, ...(interval ? { interval } : {}) });
    const s = defaultState();
    const steps = s.experiment.epochs * Math.ceil(s.experiment.points / s.experiment.batchSize);
    const ok = applyPartial(s, { experiment: { optimizers: { sgd: { schedule: oneCycle(steps, 'batch') }, adam: { schedule: oneCycle(12) } } } });
    expect(ok.notes.map(noteText)).toEqual([]);
    expect(ok.state.experiment.optimizers.sgd.schedule).toMatchObject({ type: 'OneCycleLR', interval: 'batch' });
    expect(ok.state.experiment.optimizers.adam.schedule).toMatchObject({ interval: 'epoch' });
    const bad = applyPartial(s, { experiment: { optimizers: { sgd: { schedule: oneCycle(steps - 1, 'batch') }, adam: { schedule: oneCycle(12, 'step') } } } });
    expect(bad.notes.map(noteText)).toEqual([
      expect.stringMatching(new RegExp(`^experiment\\.optimizers\\.sgd\\.schedule\\.params\\.total_steps: is ${steps - 1} but the run takes ${steps} scheduler steps`)),
      'experiment.optimizers.adam.schedule.interval: expected "epoch" or "batch", got "step"',
    ]);
    expect(bad.state.experiment.optimizers.sgd.schedule).toBeNull();
  });

  it('links carry a schedule only where it differs, and bring it back whole', () => {
    const { state } = applyPartial(defaultState(), { optimizers: { adam: { schedule: warmup } } });
    const hash = encodeHash(state);
    expect(hash).toMatch(/^optimizers=/);
    expect(decodeURIComponent(hash)).toContain('"adam":{"schedule":{"type":"SequentialLR"');
    expect(decodeURIComponent(hash)).not.toContain('"sgd"');
    const { patch, notes } = decodeHash(`#${hash}`);
    expect(notes.map(noteText)).toEqual([]);
    expect(applyPartial(defaultState(), patch).state).toEqual(state);
  });

  it("the experiment's schedules go through a link with their interval", () => {
    const schedule = { type: 'StepLR', params: { step_size: 4, gamma: 0.5 }, interval: 'epoch' };
    const { state, notes } = applyPartial(defaultState(), { experiment: { optimizers: { adam: { schedule } } } });
    expect(notes.map(noteText)).toEqual([]);
    const decoded = decodeHash(`#${encodeHash(state)}`);
    const back = applyPartial(defaultState(), decoded.patch);
    expect(back.notes.map(noteText)).toEqual([]);
    expect(back.state.experiment.optimizers.adam.schedule).toEqual(schedule);
    expect(back.state).toEqual(state);
  });

  it('a bad schedule in a link is reported and the rest of the link applies', () => {
    const text = encodeURIComponent(JSON.stringify({ adam: { schedule: { type: 'ExponentialLR', params: { gamma: -1 } } }, sgd: { params: { lr: 0.02 } } }));
    const { state, notes } = applyPartial(defaultState(), decodeHash(`#speed=5&optimizers=${text}`).patch);
    expect(notes.map(noteText)).toEqual([expect.stringMatching(/^optimizers\.adam\.schedule\.params\.gamma: must be a number >= 0, got -1$/)]);
    expect(state.speed).toBe(5);
    expect(state.optimizers.sgd.params.lr).toBe(0.02);
    expect(state.optimizers.adam.schedule).toBeNull();
  });
});
