import { describe, expect, it } from 'vitest';
import { parseExperimentDocument, runExperimentDocument } from '../../src/core/formats/experiment.ts';
import { gallery } from '../../src/core/rules/gallery.ts';
import { simulationFor } from '../../src/sim/simulationFor.ts';
import { defaultState, type AppState } from '../../src/state/AppState.ts';
import { experimentRuns } from '../../src/state/experimentRuns.ts';
import { applyPartial } from '../../src/state/schema.ts';

const ADAM = gallery.find((r) => r.id === 'adam')!.text;
const STEP = { type: 'StepLR', params: { step_size: 20, gamma: 0.5 } };
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

function withPatch(patch: unknown): AppState {
  const { state, notes } = applyPartial(defaultState(), patch);
  expect(notes).toEqual([]);
  return state;
}

describe('a rule with a schedule runs as its built-in twin with the same schedule', () => {
  it('on the map: rule Adam with StepLR stays on built-in Adam with StepLR, step for step', () => {
    const off = Object.fromEntries(Object.keys(defaultState().optimizers).map((id) => [id, { enabled: false }]));
    const state = withPatch({
      optimizers: { ...off, adam: { enabled: true, params: { lr: 0.05 }, schedule: STEP } },
      rules: [{ text: ADAM, params: { lr: 0.05 }, schedule: STEP }],
    });
    const sim = simulationFor(state);
    const [builtIn, rule] = sim.tracks.map((t) => t.group);
    expect([builtIn.optimizer.id, rule.optimizer.id]).toEqual(['adam', 'rule-1']);
    const lrs: number[] = [];
    for (let k = 0; k < 100; k++) {
      sim.tick(1);
      lrs.push(rule.live.lr);
      expect(rule.live.lr).toBe(builtIn.live.lr);
      if (!close(rule.pos[0], builtIn.pos[0]) || !close(rule.pos[1], builtIn.pos[1])) {
        expect.fail(`step ${k + 1}: rule at (${rule.pos[0]}, ${rule.pos[1]}), built-in at (${builtIn.pos[0]}, ${builtIn.pos[1]})`);
      }
    }
    // The schedule did act: the lr halved at steps 20, 40, 60, 80.
    expect([lrs[18], lrs[19], lrs[99]]).toEqual([0.05, 0.025, 0.05 / 32]);
  });

  it('in the panel: the rule\'s schedule steps after every minibatch, as a built-in\'s with interval "batch"', () => {
    const state = withPatch({
      experiment: { epochs: 3, optimizers: { adam: { schedule: { ...STEP, interval: 'batch' } } } },
      rules: [{ text: ADAM, params: { lr: 0.01, beta1: 0.9, beta2: 0.99 }, schedule: STEP }],
    });
    const runs = experimentRuns(state);
    expect(runs.map((r) => r.optimizer)).toEqual(['sgd', 'momentum', 'nag', 'adagrad', 'adadelta', 'rmsprop', 'adam', 'rule-1']);
    const doc = runExperimentDocument(parseExperimentDocument({ seed: state.experiment.seed, epochs: 3, runs }));
    const [builtIn, rule] = [doc.runs[6], doc.runs[7]];
    expect(rule.lr).toEqual(builtIn.lr);
    expect(rule.lr![19]).toBe(0.01);
    expect(rule.lr![20]).toBe(0.005);
    rule.batchLoss!.forEach((l, k) => {
      if (!close(l, builtIn.batchLoss![k])) expect.fail(`batch ${k}: ${l} against ${builtIn.batchLoss![k]}`);
    });
  });

  it("in the panel, a rule's OneCycleLR shorter than the training holds its last lr, as on the map", () => {
    const state = withPatch({ rules: [{ text: ADAM, schedule: { type: 'OneCycleLR', params: { max_lr: 0.01, total_steps: 50, cycle_momentum: false } } }] });
    const runs = experimentRuns({ ...state, experiment: { ...state.experiment, runs: [{ optimizer: 'sgd', params: { lr: 0.01 } }] } });
    const doc = runExperimentDocument(parseExperimentDocument({ epochs: 2, runs }));
    const lr = doc.runs[1].lr!;
    expect(lr).toHaveLength(64);
    expect(lr[49]).toBeLessThan(lr[25]);
    expect(new Set(lr.slice(49))).toEqual(new Set([lr[49]]));
  });
});
