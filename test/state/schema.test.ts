import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/AppState.ts';
import { applyPartial } from '../../src/state/schema.ts';

describe('applyPartial', () => {
  it('takes valid fields and keeps the rest', () => {
    const { state, notes } = applyPartial(defaultState(), { speed: 10, start: [0, 1], overlays: { update: true } });
    expect(notes).toEqual([]);
    expect(state.speed).toBe(10);
    expect(state.start).toEqual([0, 1]);
    expect(state.overlays).toEqual({ gradient: false, update: true });
  });

  it('rejects bad fields one by one with a message, keeping the good ones', () => {
    const before = defaultState();
    const { state, notes } = applyPartial(before, {
      speed: 'fast', surface: 'moon', start: [1, 2], view: { x: [2, 1], y: [0, 1] }, colour: 'red', particles: 0.5,
    });
    expect(state.start).toEqual([1, 2]);
    expect(state.speed).toBe(before.speed);
    expect(state.surface).toBe(before.surface);
    expect(state.view).toEqual(before.view);
    expect(notes).toHaveLength(5);
    expect(notes.join('\n')).toMatch(/^speed: .*got "fast"$/m);
    expect(notes.join('\n')).toMatch(/^surface: expected one of rosenbrock, .*mlp-slice, mlp-directions, got "moon"$/m);
    expect(notes.join('\n')).toMatch(/^view\.x: expected \[min, max\] with min < max/m);
    expect(notes.join('\n')).toMatch(/^colour: unknown field/m);
    expect(notes.join('\n')).toMatch(/^particles: expected an integer/m);
  });

  it('merges optimizer params over the current ones and validates them against the declaration', () => {
    const { state, notes } = applyPartial(defaultState(), {
      optimizers: { adam: { params: { lr: 0.1 } }, sgd: { enabled: false, params: { lr: -3 } }, lion: { enabled: true } },
    });
    expect(state.optimizers.adam.params).toMatchObject({ lr: 0.1, betas: [0.9, 0.999] });
    expect(state.optimizers.sgd.enabled).toBe(false);
    expect(state.optimizers.sgd.params.lr).toBe(defaultState().optimizers.sgd.params.lr);
    expect(notes).toEqual([
      expect.stringMatching(/^optimizers\.sgd\.params: sgd: "lr" must be/),
      expect.stringMatching(/^optimizers\.lion: unknown optimizer/),
    ]);
  });

  it('checks the network slice settings', () => {
    const { state, notes } = applyPartial(defaultState(), { network: { params: ['w1[0]', 'b2[0]'], snapshot: 'adam@99' } });
    expect(state.network.params).toEqual(['w1[0]', 'b2[0]']);
    expect(state.network.snapshot).toBe('init');
    expect(notes).toEqual([expect.stringMatching(/^network\.snapshot: expected "init" or "<optimizer>@<epoch>"/)]);
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
    expect(notes).toEqual([expect.stringMatching(/^stretch: /)]);
  });
});
