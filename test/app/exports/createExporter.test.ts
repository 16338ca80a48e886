import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createExporter } from '../../../src/app/exports/createExporter.ts';
import { trainedExperiment } from '../../../src/app/exports/experimentExport.ts';
import type { TraceDocument } from '../../../src/core/formats/sceneTraces.ts';
import { fillTraces } from '../../../src/core/formats/traces.ts';
import { gallery } from '../../../src/core/rules/gallery.ts';
import { wordsFor } from '../../../src/i18n/words.ts';
import { simulationFor } from '../../../src/sim/simulationFor.ts';
import { defaultState, type AppState } from '../../../src/state/AppState.ts';
import { applyPartial } from '../../../src/state/schema.ts';
import { createSurfaceCache } from '../../../src/state/surfaceOf.ts';

const words = wordsFor('en');
const text = (id: string) => gallery.find((r) => r.id === id)!.text;
const lion = text('lion');
/** Unnamed, so its class is Rule; the look-ahead rule calls grad(E), which the script's closure answers. */
const unnamed = 'param lr = 0.02\nstate m = 0\nm = 0.9*m + g\nx = x - lr*m';
const STEPS = 25;

function stateOf(patch: unknown): AppState {
  const { state, notes } = applyPartial(defaultState(), patch);
  expect(notes).toEqual([]);
  return { ...state, experiment: { ...state.experiment, epochs: 2 } };
}

const exporterOf = (state: AppState) =>
  createExporter({
    words,
    scene: () => ({ state, surfaces: createSurfaceCache(), steps: STEPS, title: 't', name: 'n' }),
    png: () => Promise.reject(new Error('no map here')),
  });

/** Three rules beside Adam on a custom surface, one scheduled, one looking ahead, two that Python would name alike. */
const race = stateOf({
  surface: 'custom',
  f: 'x^2/4 + (y - 1)^2 + sin(x*y)/2',
  particles: 3,
  spread: 0.3,
  optimizers: { adam: { enabled: true } },
  rules: [
    { text: lion, params: { lr: 0.03 }, schedule: { type: 'StepLR', params: { step_size: 5, gamma: 0.5 } } },
    { text: text('nesterov-sutskever') },
    { text: unnamed },
    { text: unnamed.replace('0.9*m', '0.8*m') },
  ],
});

describe('createExporter with rules in "My optimizers"', () => {
  it("puts each rule's epoch losses in the experiment's CSV", () => {
    const header = exporterOf(stateOf({ rules: [{ text: lion }] }))
      .text('experiment-csv')
      .split('\n')[0];
    expect(header.split(',').at(-1)).toBe('rule-1');
  });

  it("puts each rule's text in the trace files, which the CLI's reader computes again", () => {
    const doc = JSON.parse(exporterOf(race).text('traces-json')) as TraceDocument;
    const rules = doc.cases.filter((c) => c.rule !== undefined);
    expect(new Set(rules.map((c) => c.id.split('/')[0]))).toEqual(new Set(['rule-1', 'rule-2', 'rule-3', 'rule-4']));
    expect(rules.find((c) => c.id === 'rule-1/0')!.rule).toBe(lion);
    const refilled = fillTraces(JSON.parse(JSON.stringify(doc))) as unknown as TraceDocument;
    expect(refilled.cases.map((c) => c.trajectory)).toEqual(doc.cases.map((c) => c.trajectory));
    const csv = exporterOf(race).text('traces-csv');
    for (const row of ['\nrule-1,0,0,', '\nrule-4,2,25,']) expect(csv).toContain(row);
  });

  it("defines each rule's class once in the race's script, under names no two share, and races it with its params and schedule", () => {
    const script = exporterOf(race).text('pytorch');
    for (const cls of ['Lion', 'NesterovAsSutskever', 'Rule', 'Rule2'])
      expect(script.match(new RegExp(`^class ${cls}\\(torch\\.optim\\.Optimizer\\):$`, 'gm'))).toHaveLength(1);
    expect(script.match(/^def _tensor\(/gm)).toHaveLength(1);
    expect(script).toContain(
      "    'rule-1': run(lambda params: Lion(params, lr=0.03, beta1=0.9, beta2=0.99, weight_decay=0.0), lambda optimizer: torch.optim.lr_scheduler.StepLR(optimizer, step_size=5, gamma=0.5)),",
    );
    expect(script).toContain("    'rule-3': run(lambda params: Rule(params, lr=0.02)),");
    expect(script).toContain("    'rule-4': run(lambda params: Rule2(params, lr=0.02)),");
    expect(script).toContain("    'adam': run(lambda params: torch.optim.Adam(params, ");
  });

  it("trains each rule with its own class in the experiment's script", () => {
    const script = exporterOf(stateOf({ rules: [{ text: lion }, { text: unnamed }] })).text('pytorch-experiment');
    expect(script).toMatch(/^class Lion\(torch\.optim\.Optimizer\):$/m);
    expect(script).toContain("    ('rule-1', train(lambda params: Lion(params, lr=0.0001, ");
    expect(script).toContain("    ('rule-2', train(lambda params: Rule(params, lr=0.02))),");
    // On a network surface the map's script is the experiment's, rules and all.
    const network = exporterOf(stateOf({ surface: 'mlp-slice', rules: [{ text: lion }] })).text('pytorch');
    expect(network).toContain(words.exports.networkScript);
    expect(network).toContain("    ('rule-1', train(lambda params: Lion(params, ");
  });
});

const PYTHON = process.env.PYTHON ?? 'python3';
const torch = spawnSync(PYTHON, ['-c', 'import torch'], { timeout: 60_000 }).status === 0;
const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

describe.runIf(torch)('the exported scripts with rules, run by PyTorch', () => {
  it("the race's script ends each rule's balls where the map's simulation does, to 1e-9", () => {
    const run = spawnSync(PYTHON, ['-'], { input: exporterOf(race).text('pytorch'), encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const sim = simulationFor(race);
    sim.tick(STEPS);
    const balls = sim.particles();
    const printed = run.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(' '));
    expect(printed).toHaveLength(balls.length);
    const seen = new Map<string, number>();
    for (const [opt, x, y] of printed) {
      const k = seen.get(opt) ?? 0;
      seen.set(opt, k + 1);
      const ball = balls.filter((b) => b.optimizer === opt)[k];
      expect(close(Number(x), ball.x, 1e-9) && close(Number(y), ball.y, 1e-9), `${opt}/${k}: torch ${x}, ${y}; map ${ball.x}, ${ball.y}`).toBe(true);
    }
    expect([...seen.keys()].filter((id) => id.startsWith('rule-'))).toHaveLength(4);
  }, 120_000);

  it("the experiment's script ends each rule's run at the final loss of the project's own training", () => {
    const state = stateOf({ rules: [{ text: lion, params: { lr: 0.003 } }, { text: text('nesterov-sutskever') }] });
    const run = spawnSync(PYTHON, ['-'], { input: exporterOf(state).text('pytorch-experiment'), encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const printed = new Map(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => [l.slice(0, l.lastIndexOf(' ')), Number(l.slice(l.lastIndexOf(' ') + 1))]),
    );
    const ours = trainedExperiment(state).runs;
    expect(printed.size).toBe(ours.length);
    for (const r of ours) {
      const loss = r.epochLoss!.at(-1)!;
      expect(Math.abs(printed.get(r.optimizer)! - loss) / loss, `${r.optimizer}: torch ${printed.get(r.optimizer)}, ours ${loss}`).toBeLessThan(1e-9);
    }
  }, 120_000);
});
