import { describe, expect, it } from 'vitest';
import { trainedExperiment } from '../../src/app/exports/experimentExport.ts';
import { sceneTraceDocument } from '../../src/app/exports/sceneExport.ts';
import { experimentCsv } from '../../src/core/formats/experimentCsv.ts';
import { fillTraces } from '../../src/core/formats/traces.ts';
import { tracesCsv } from '../../src/core/formats/tracesCsv.ts';
import { gallery } from '../../src/core/rules/gallery.ts';
import { simulationFor } from '../../src/sim/simulationFor.ts';
import { defaultState, type AppState } from '../../src/state/AppState.ts';
import { applyPartial } from '../../src/state/schema.ts';
import { createSurfaceCache } from '../../src/state/surfaceOf.ts';

const text = (id: string) => gallery.find((r) => r.id === id)!.text;
const off = Object.fromEntries(Object.keys(defaultState().optimizers).map((id) => [id, { enabled: false }]));

function scene(patch: unknown): AppState {
  const { state, notes } = applyPartial(defaultState(), patch);
  expect(notes).toEqual([]);
  return state;
}

describe('rules in swarms and exports', () => {
  // A swarm of 40 around the start on Himmelblau's function, Momentum under CosineAnnealingLR.
  const schedule = { type: 'CosineAnnealingLR', params: { T_max: 30 } };
  const state = scene({
    surface: 'himmelblau',
    start: [0, 0],
    particles: 40,
    spread: 1,
    optimizers: { ...off, momentum: { enabled: true, params: { lr: 0.01, momentum: 0.9 }, schedule } },
    rules: [
      { text: text('momentum'), params: { lr: 0.01, momentum: 0.9 }, schedule },
      { text: text('nesterov-sutskever'), params: { lr: 0.01, momentum: 0.9 } },
    ],
  });

  it("step every ball of a rule's swarm as its built-in twin's, and a look-ahead rule's balls each on their own", () => {
    const sim = simulationFor(state);
    const starts = sim.particles().filter((p) => p.optimizer === 'rule-2');
    const [builtIn, rule, sutskever] = sim.tracks.map((t) => t.group);
    expect([builtIn.count, rule.count, sutskever.count]).toEqual([40, 40, 40]);
    sim.tick(80);
    let worst = 0;
    for (let i = 0; i < 80; i++) worst = Math.max(worst, Math.abs(rule.pos[i] - builtIn.pos[i]));
    expect(worst).toBeLessThanOrEqual(1e-12);
    // One ball of the look-ahead rule alone from its start lands where it did in the swarm: grad(E)
    // read each ball's own look-ahead point, not another's.
    const k = 17;
    const alone = simulationFor({ ...state, particles: 1, start: [starts[k].x, starts[k].y], rules: [state.rules[1]], optimizers: defaultState().optimizers });
    alone.tick(80);
    const ball = alone.tracks.find((t) => t.group.optimizer.id === 'rule-1')!.group;
    expect([ball.pos[0], ball.pos[1]]).toEqual([sutskever.pos[2 * k], sutskever.pos[2 * k + 1]]);
  });

  it("export a scheduled rule's swarm as traces the CLI computes again, named rule-1 in the CSV", () => {
    const doc = sceneTraceDocument({ state, surfaces: createSurfaceCache(), steps: 25, title: 'swarm', name: 'swarm' });
    expect(doc.format).toBe('schedule-traces/1');
    const rule = doc.cases.filter((c) => c.id.startsWith('rule-1/'));
    expect(rule).toHaveLength(40);
    expect(rule[0].schedule).toEqual(state.rules[0].schedule);
    const again = fillTraces(JSON.parse(JSON.stringify(doc))) as { cases: { trajectory: number[][] }[] };
    again.cases.forEach((c, i) => expect(c.trajectory).toEqual(doc.cases[i].trajectory));
    const rows = tracesCsv(doc).split('\n');
    expect(rows.filter((r) => r.startsWith('rule-1,0,'))).toHaveLength(26);
    expect(rows.filter((r) => r.startsWith('rule-2,39,'))).toHaveLength(26);
    expect(rows.some((r) => r.startsWith('undefined'))).toBe(false);
  });

  it("put each rule's epoch losses in the experiment CSV, beside the built-ins'", () => {
    const small = { ...state, experiment: { ...state.experiment, epochs: 2 } };
    const doc = trainedExperiment(small);
    const [header, first] = experimentCsv(doc).split('\n');
    expect(header).toBe('epoch,sgd,momentum,nag,adagrad,adadelta,rmsprop,adam,rule-1,rule-2');
    expect(first.split(',').slice(8).map(Number)).toEqual([doc.runs[7].epochLoss![0], doc.runs[8].epochLoss![0]]);
  });
});
