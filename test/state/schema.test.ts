import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/AppState.ts';
import { applyPartial } from '../../src/state/schema.ts';
import { noteText } from '../../src/state/noteText.ts';
import { MAX_BRUSH_POINTS } from '../../src/sim/layout.ts';

describe('applyPartial', () => {
  it('takes a start layout of cloud, grid or brush and names all three when given another', () => {
    expect(applyPartial(defaultState(), { layout: 'grid' })).toEqual({ state: { ...defaultState(), layout: 'grid' }, notes: [] });
    expect(applyPartial(defaultState(), { layout: 'brush' })).toEqual({ state: { ...defaultState(), layout: 'brush' }, notes: [] });
    const { state, notes } = applyPartial(defaultState(), { layout: 'spiral' });
    expect(state.layout).toBe('cloud');
    expect(notes.map(noteText)).toEqual(['layout: expected one of cloud, grid, brush, got "spiral"']);
  });

  it('takes valid fields and keeps the rest', () => {
    const { state, notes } = applyPartial(defaultState(), { speed: 10, start: [0, 1], overlays: { update: true } });
    expect(notes.map(noteText)).toEqual([]);
    expect(state.speed).toBe(10);
    expect(state.start).toEqual([0, 1]);
    expect(state.overlays).toEqual({ gradient: false, update: true, lookAhead: false, sutskever: false, lockstep: false });
  });

  it('opens instrument sections by name and rejects an unknown section or a value that is not a switch', () => {
    const { state, notes } = applyPartial(defaultState(), { sections: { hypermap: true, limits: 'yes', ruler: true } });
    expect(state.sections).toEqual({ update: false, limits: false, hypermap: true, noise: false, slice: false, predict: false });
    expect(notes.map((n) => n.field)).toEqual(['sections.limits', 'sections.ruler']);
  });

  it('rejects bad fields one by one with a message, keeping the good ones', () => {
    const before = defaultState();
    const { state, notes } = applyPartial(before, {
      speed: 'fast',
      surface: 'moon',
      start: [1, 2],
      view: { x: [2, 1], y: [0, 1] },
      colour: 'red',
      particles: 0.5,
    });
    expect(state.start).toEqual([1, 2]);
    expect(state.speed).toBe(before.speed);
    expect(state.surface).toBe(before.surface);
    expect(state.view).toEqual(before.view);
    expect(notes).toHaveLength(5);
    expect(notes.map(noteText).join('\n')).toMatch(/^speed: .*got "fast"$/m);
    expect(notes.map(noteText).join('\n')).toMatch(/^surface: expected one of rosenbrock, .*mlp-slice, mlp-directions, custom, got "moon"$/m);
    expect(notes.map(noteText).join('\n')).toMatch(/^view\.x: expected \[min, max\] with min < max/m);
    expect(notes.map(noteText).join('\n')).toMatch(/^colour: unknown field/m);
    expect(notes.map(noteText).join('\n')).toMatch(/^particles: expected an integer/m);
  });

  it('merges optimizer params over the current ones and validates them against the declaration', () => {
    const { state, notes } = applyPartial(defaultState(), {
      optimizers: { adam: { params: { lr: 0.1 } }, sgd: { enabled: false, params: { lr: -3 } }, lion: { enabled: true } },
    });
    expect(state.optimizers.adam.params).toMatchObject({ lr: 0.1, betas: [0.9, 0.999] });
    expect(state.optimizers.sgd.enabled).toBe(false);
    expect(state.optimizers.sgd.params.lr).toBe(defaultState().optimizers.sgd.params.lr);
    expect(notes.map(noteText)).toEqual([
      expect.stringMatching(/^optimizers\.sgd\.params: sgd: "lr" must be/),
      expect.stringMatching(/^optimizers\.lion: unknown optimizer/),
    ]);
  });

  it('checks the network slice settings', () => {
    const { state, notes } = applyPartial(defaultState(), { network: { params: ['w1[0]', 'b2[0]'], snapshot: 'adam@99' } });
    expect(state.network.params).toEqual(['w1[0]', 'b2[0]']);
    expect(state.network.snapshot).toBe('init');
    expect(notes.map(noteText)).toEqual([expect.stringMatching(/^network\.snapshot: expected "init" or "<optimizer>@<epoch>"/)]);
  });

  it('the experiment panel defaults to the tutorial’s settings', () => {
    const e = defaultState().experiment.optimizers;
    expect(e.momentum.params).toMatchObject({ lr: 0.01, momentum: 0.8 });
    expect(e.rmsprop.params).toMatchObject({ lr: 0.01, alpha: 0.9 });
    expect(e.adam.params).toMatchObject({ lr: 0.01, betas: [0.9, 0.99] });
    expect(e.adadelta.params).toMatchObject({ lr: 1 });
  });
});

describe('stretch', () => {
  it('is off by default and takes only a boolean', () => {
    expect(defaultState().stretch).toBe(false);
    expect(applyPartial(defaultState(), { stretch: true }).state.stretch).toBe(true);
    const { state, notes } = applyPartial(defaultState(), { stretch: 'yes' });
    expect(state.stretch).toBe(false);
    expect(notes.map(noteText)).toEqual([expect.stringMatching(/^stretch: /)]);
  });
});

describe('relief', () => {
  it('is on by default and takes only a boolean', () => {
    expect(defaultState().relief).toBe(true);
    expect(applyPartial(defaultState(), { relief: false }).state.relief).toBe(false);
    const { state, notes } = applyPartial(defaultState(), { relief: 1 });
    expect(state.relief).toBe(true);
    expect(notes.map(noteText)).toEqual([expect.stringMatching(/^relief: /)]);
  });
});

describe('experiment settings', () => {
  it("default to the tutorial's shape: batches of 32, 12 epochs, 1000 points, label noise 0.1, seed 1", () => {
    const { seed, batchSize, epochs, points, noise, runs } = defaultState().experiment;
    expect({ seed, batchSize, epochs, points, noise, runs }).toEqual({ seed: 1, batchSize: 32, epochs: 12, points: 1000, noise: 0.1, runs: [] });
  });

  it('take values in range and name the field of one out of range', () => {
    const { state, notes } = applyPartial(defaultState(), { experiment: { batchSize: 1, epochs: 0, points: 200, noise: -1 } });
    expect(state.experiment).toMatchObject({ batchSize: 1, epochs: 12, points: 200, noise: 0.1 });
    expect(notes.map(noteText)).toEqual(['experiment.epochs: expected an integer in [1, 50], got 0', 'experiment.noise: expected a number in [0, 10], got -1']);
    expect(applyPartial(defaultState(), { experiment: { batchSize: 1001 } }).notes.map(noteText)).toEqual([
      'experiment.batchSize: expected an integer in [1, 1000], got 1001',
    ]);
    expect(applyPartial(defaultState(), { experiment: { batchSize: 2.5 } }).notes.map(noteText)).toEqual([
      'experiment.batchSize: expected an integer in [1, 1000], got 2.5',
    ]);
  });

  it('take runs of one optimizer at several batch sizes, with every hyperparameter filled in', () => {
    const runs = [1000, 32, 1].map((batchSize) => ({ optimizer: 'sgd', params: { lr: 0.05 }, batchSize }));
    const { state, notes } = applyPartial(defaultState(), { experiment: { runs } });
    expect(notes.map(noteText)).toEqual([]);
    expect(state.experiment.runs.map((r) => r.batchSize)).toEqual([1000, 32, 1]);
    expect(state.experiment.runs[0].params).toEqual({ lr: 0.05, weight_decay: 0 });
  });

  it('reject a list with a bad run as a whole, naming the run and its field', () => {
    const good = { optimizer: 'sgd', params: {} };
    const cases: [unknown, RegExp][] = [
      [[good, { optimizer: 'sgd', batchSize: 0 }], /^experiment\.runs\[1\]\.batchSize: expected an integer in \[1, 1000\], got 0$/],
      [[{ optimizer: 'adamm' }], /^experiment\.runs\[0\]\.optimizer: unknown optimizer "adamm"/],
      [[{ optimizer: 'sgd', params: { lr: -1 } }], /^experiment\.runs\[0\]\.params: .*lr/],
      [[{ optimizer: 'sgd', colour: 'red' }], /^experiment\.runs\[0\]\.colour: unknown field/],
      ['sgd', /^experiment\.runs: expected a list/],
      [Array.from({ length: 13 }, () => good), /^experiment\.runs: expected a list of at most 12 runs/],
    ];
    for (const [runs, message] of cases) {
      const { state, notes } = applyPartial(defaultState(), { experiment: { runs } });
      expect(state.experiment.runs).toEqual([]);
      expect(notes.map(noteText)).toEqual([expect.stringMatching(message)]);
    }
  });
});

describe('f, the typed function', () => {
  it('takes a function that compiles', () => {
    const { state, notes } = applyPartial(defaultState(), { surface: 'custom', f: 'abs(x) + y^2' });
    expect(notes.map(noteText)).toEqual([]);
    expect(state).toMatchObject({ surface: 'custom', f: 'abs(x) + y^2' });
  });

  it('keeps the previous function on a typing error, with a note naming the column', () => {
    const before = { ...defaultState(), f: 'x^2 + y^2' };
    const { state, notes } = applyPartial(before, { f: 'x^2 + (3*sin(y)))' });
    expect(state.f).toBe('x^2 + y^2');
    expect(notes.map(noteText)).toEqual(['f: unexpected \')\' at column 17, got "x^2 + (3*sin(y)))"']);
    expect(applyPartial(before, { f: 7 }).notes.map(noteText)).toEqual([expect.stringMatching(/^f: expected the text of a function/)]);
  });
});

describe('brush', () => {
  it('holds painted starts as x, y pairs, at most MAX_BRUSH_POINTS of them, and rejects anything else whole', () => {
    expect(defaultState().brush).toEqual([]);
    expect(applyPartial(defaultState(), { layout: 'brush', brush: [1, 2, -0.5, 3] }).state).toMatchObject({ layout: 'brush', brush: [1, 2, -0.5, 3] });
    for (const bad of [[1, 2, 3], [1, Infinity], 'x', Array(2 * MAX_BRUSH_POINTS + 2).fill(0)]) {
      const { state, notes } = applyPartial(defaultState(), { brush: bad });
      expect(state.brush).toEqual([]);
      expect(notes.map(noteText)).toEqual([expect.stringMatching(/^brush/)]);
    }
  });
});
