import { describe, expect, it } from 'vitest';
import { gallery } from '../../src/core/rules/gallery.ts';
import { defaultState } from '../../src/state/AppState.ts';
import { experimentRuns } from '../../src/state/experimentRuns.ts';
import { applyPartial } from '../../src/state/schema.ts';

const text = (id: string) => gallery.find((r) => r.id === id)!.text;

describe('experimentRuns', () => {
  it('is the enabled optimizers in menu order without rules', () => {
    expect(experimentRuns(defaultState()).map((r) => r.optimizer)).toEqual(['sgd', 'momentum', 'nag', 'adagrad', 'adadelta', 'rmsprop', 'adam']);
  });

  it("adds each rule under its place's id, with its map params and its schedule stepped per minibatch", () => {
    const schedule = { type: 'ExponentialLR', params: { gamma: 0.9 } };
    const { state, notes } = applyPartial(defaultState(), {
      experiment: { runs: [{ optimizer: 'sgd', params: { lr: 0.1 }, batchSize: 1 }] },
      rules: [{ text: text('lion') }, { text: text('signum'), params: { lr: 0.02 }, schedule }],
    });
    expect(notes).toEqual([]);
    const runs = experimentRuns(state);
    expect(runs).toEqual([
      { optimizer: 'sgd', params: { lr: 0.1, weight_decay: 0 }, batchSize: 1 },
      { optimizer: 'rule-1', rule: text('lion'), params: { lr: 0.0001, beta1: 0.9, beta2: 0.99, weight_decay: 0 } },
      { optimizer: 'rule-2', rule: text('signum'), params: { lr: 0.02, momentum: 0.9 }, schedule: { ...schedule, interval: 'batch' } },
    ]);
    // Copies: a request never shares the state's objects.
    expect(runs[2].params).not.toBe(state.rules[1].params);
  });
});
