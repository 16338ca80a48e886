import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sceneTraceDocument, scenePytorch, type SceneSource } from '../../../src/app/exports/sceneExport.ts';
import { fillTraces } from '../../../src/core/formats/traces.ts';
import { isNetworkSurface } from '../../../src/core/mlp/networkSurface.ts';
import { simulationFor } from '../../../src/sim/simulationFor.ts';
import { DIVERGED, STATUS_NAMES } from '../../../src/sim/status.ts';
import { parsePreset, type Preset } from '../../../src/state/presets.ts';
import { noteText } from '../../../src/state/noteText.ts';
import { applyPartial } from '../../../src/state/schema.ts';
import { createSurfaceCache } from '../../../src/state/surfaceOf.ts';

const presets = readdirSync('presets')
  .filter((f) => f.endsWith('.json'))
  .map((f) => parsePreset(f.replace(/\.json$/, ''), JSON.parse(readFileSync(`presets/${f}`, 'utf8'))));
/** Scenes a trace file reproduces exactly: exact gradients on an analytic or typed surface. */
const exact = presets.filter((p) => p.state.noise === 0 && !isNetworkSurface(p.state.surface));
const STEPS = 120;

/** Every optimizer at once, most with a schedule, five balls each: what no preset shows. */
const scheduled: Preset = (() => {
  const base = presets.find((p) => p.id === 'nag-vs-momentum-rosenbrock')!;
  const sched = (type: string, params: Record<string, unknown>) => ({ enabled: true, schedule: { type, params } });
  const patch = {
    surface: 'custom',
    f: 'x^2/4 + (y - 1)^2 + sin(x*y)/2',
    particles: 5,
    spread: 0.3,
    optimizers: {
      sgd: { enabled: true, schedule: { type: 'OneCycleLR', params: { max_lr: 0.05, total_steps: 40 } } },
      momentum: sched('StepLR', { step_size: 10, gamma: 0.5 }),
      nag: sched('CyclicLR', { base_lr: 0.001, max_lr: 0.02, step_size_up: 7 }),
      adagrad: sched('CosineAnnealingWarmRestarts', { T_0: 9, T_mult: 2 }),
      adadelta: { enabled: true },
      rmsprop: sched('ReduceLROnPlateau', { patience: 2, factor: 0.5 }),
      adam: sched('SequentialLR', {
        schedulers: [
          { type: 'LinearLR', params: { start_factor: 0.1, total_iters: 10 } },
          { type: 'CosineAnnealingLR', params: { T_max: 30 } },
        ],
        milestones: [10],
      }),
      adamw: sched('MultiStepLR', { milestones: [5, 20], gamma: 0.3 }),
      nadam: sched('ExponentialLR', { gamma: 0.97 }),
      radam: sched('PolynomialLR', { total_iters: 30, power: 2 }),
      adamax: { enabled: true, params: { lr: 0.05 } },
    },
  };
  const { state, notes } = applyPartial(base.state, patch);
  if (notes.length) throw new Error(notes.map(noteText).join('; '));
  return { ...base, id: 'every optimizer, scheduled', title: { en: 'Every optimizer', zh: '每一种优化器' }, steps: 60, state };
})();

const sourceOf = (p: Preset, steps = Math.min(p.steps, STEPS)): SceneSource => ({ state: p.state, surfaces: createSurfaceCache(), steps, title: p.title.en, name: p.id });

/** Where the map's own simulation of the preset has each ball after `steps` steps, diverged balls left out. */
function headless(p: Preset, steps: number) {
  const sim = simulationFor(p.state);
  sim.tick(steps);
  return sim.particles().map((b, i) => ({ ...b, i }));
}

const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

describe('the scene as traces', () => {
  it('covers every preset that has exact gradients', () => expect(exact.length).toBeGreaterThan(3));

  it.each(exact.map((p) => [p.id, p] as const))("%s: the file's last points are where the map's balls are, and the CLI's reader computes them again", (_id, p) => {
    const src = sourceOf(p);
    const doc = sceneTraceDocument(src);
    const balls = headless(p, src.steps);
    expect(doc.cases).toHaveLength(balls.length);
    const groups = new Map<string, typeof balls>();
    for (const b of balls) groups.set(b.optimizer, [...(groups.get(b.optimizer) ?? []), b]);
    let compared = 0;
    for (const c of doc.cases) {
      const [opt, particle] = c.id.split('/');
      const ball = groups.get(opt)![Number(particle)];
      if (ball.status === STATUS_NAMES[DIVERGED]) continue;
      const last = c.trajectory[src.steps];
      expect(close(last[0], ball.x, 1e-12) && close(last[1], ball.y, 1e-12), `${c.id}: ${last.join(',')} vs ${ball.x}, ${ball.y}`).toBe(true);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
    const refilled = fillTraces(JSON.parse(JSON.stringify(doc))) as { cases: { trajectory: number[][] }[] };
    expect(refilled.cases.map((c) => c.trajectory)).toEqual(doc.cases.map((c) => c.trajectory));
  });

  it('says what a noisy scene leaves out', () => {
    const noisy = presets.find((p) => p.state.noise > 0);
    expect(noisy).toBeDefined();
    expect(sceneTraceDocument(sourceOf(noisy!)).note).toMatch(/gradient noise/);
  });
});

describe('the scene as PyTorch', () => {
  it("has no map script on a network surface (its script is the experiment's)", () => {
    const network = presets.find((p) => isNetworkSurface(p.state.surface))!;
    expect(scenePytorch(sourceOf(network))).toBeNull();
  });

  it.each(exact.map((p) => [p.id, p] as const))('%s: a script with every enabled optimizer', (_id, p) => {
    const script = scenePytorch(sourceOf(p))!;
    for (const id of Object.keys(p.state.optimizers).filter((o) => p.state.optimizers[o].enabled))
      expect(script).toContain(`    '${id}': run(lambda params: torch.optim.`);
    expect(script).toContain(`STEPS = ${Math.min(p.steps, STEPS)}`);
  });

  const PYTHON = process.env.PYTHON ?? 'python3';
  const torch = spawnSync(PYTHON, ['-c', 'import torch'], { timeout: 60_000 }).status === 0;
  const runnable = [scheduled, ...exact.filter((p) => p.state.particles <= 20).slice(0, 4)];

  it.runIf(torch).each(runnable.map((p) => [p.id, p] as const))(
    "%s: PyTorch running the script ends where the map's balls do",
    (_id, p) => {
      const src = sourceOf(p);
      const run = spawnSync(PYTHON, ['-'], { input: scenePytorch(src)!, encoding: 'utf8', timeout: 120_000 });
      // torch 1.13's SequentialLR warns about its own step(0) call: the exit status is what counts.
      expect(run.status, run.stderr).toBe(0);
      const printed = run.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(' '));
      const balls = headless(p, src.steps);
      expect(printed).toHaveLength(balls.length);
      const seen = new Map<string, number>();
      for (const [opt, x, y] of printed) {
        const k = seen.get(opt) ?? 0;
        seen.set(opt, k + 1);
        const ball = balls.filter((b) => b.optimizer === opt)[k];
        if (ball.status === STATUS_NAMES[DIVERGED]) continue;
        expect(close(Number(x), ball.x, 1e-10) && close(Number(y), ball.y, 1e-10), `${opt}/${k}: torch ${x}, ${y}; map ${ball.x}, ${ball.y}`).toBe(true);
      }
    },
    120_000,
  );
});
