import { describe, expect, it } from 'vitest';
import { defaultParams, type Params } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { createScheduler } from '../../src/core/schedules/createScheduler.ts';
import { resolveSchedule } from '../../src/core/schedules/resolveSchedule.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { runScheduledTrace } from '../../src/core/trace.ts';
import { Simulation } from '../../src/sim/Simulation.ts';

const rosenbrock = surfaceById('rosenbrock')!;
const start: [number, number] = [-1.5, 2];

function scheduled(id: string, params: Params, schedule: unknown) {
  const optimizer = optimizerById(id)!;
  const full = { ...defaultParams(optimizer), ...params };
  const spec = resolveSchedule(schedule, { optimizer }, 'schedule');
  return { optimizer, params: full, schedule: spec };
}

/** Every point of the ball's path, step by step. */
function path(sim: Simulation, id: string, steps: number): number[][] {
  const out: number[][] = [];
  const ball = () => sim.particles().find((p) => p.optimizer === id)!;
  out.push([ball().x, ball().y, ball().loss]);
  for (let k = 0; k < steps; k++) {
    sim.tick(1);
    out.push([ball().x, ball().y, ball().loss]);
  }
  return out;
}

const cases: [string, string, Params, unknown][] = [
  [
    'adam, warm-up then cosine',
    'adam',
    { lr: 0.05 },
    {
      type: 'SequentialLR',
      params: {
        schedulers: [
          { type: 'LinearLR', params: { start_factor: 0.1, total_iters: 20 } },
          { type: 'CosineAnnealingLR', params: { T_max: 180 } },
        ],
        milestones: [20],
      },
    },
  ],
  ['sgd at momentum 0 under OneCycleLR, which cycles a momentum into it', 'sgd', { lr: 0.001 }, { type: 'OneCycleLR', params: { max_lr: 0.002, total_steps: 200 } }],
  ["rmsprop under ReduceLROnPlateau, fed the ball's loss", 'rmsprop', { lr: 0.01 }, { type: 'ReduceLROnPlateau', params: { patience: 3, factor: 0.5, threshold: 0.01 } }],
  ['nag under StepLR', 'nag', { lr: 0.0005, momentum: 0.9 }, { type: 'StepLR', params: { step_size: 30, gamma: 0.7 } }],
];

describe('Simulation with a schedule', () => {
  it.each(cases)('%s: the ball follows runScheduledTrace bit for bit', (_name, id, params, schedule) => {
    const run = scheduled(id, params, schedule);
    const sim = new Simulation({ surface: rosenbrock, start, groups: [run] });
    const trace = runScheduledTrace(rosenbrock, run.optimizer, run.params, run.schedule, start, 200);
    expect(path(sim, id, 200)).toEqual(trace.trajectory);
    const lr = sim.tracks[0].lr!;
    expect(Array.from(lr.losses.subarray(0, 200))).toEqual(trace.lr);
    expect(Array.from(lr.steps.subarray(0, 5))).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the identity of the optimizer whose rule a cycled momentum changes', () => {
    const run = scheduled('sgd', { lr: 0.001 }, { type: 'OneCycleLR', params: { max_lr: 0.002, total_steps: 50 } });
    const sim = new Simulation({ surface: rosenbrock, start, groups: [run] });
    expect(sim.track('sgd')).toBe(sim.tracks[0]);
    expect(sim.particles()[0].optimizer).toBe('sgd');
  });

  it('a schedule changes the path, and reset restarts it exactly', () => {
    const run = scheduled('adam', { lr: 0.05 }, { type: 'ExponentialLR', params: { gamma: 0.98 } });
    const sim = new Simulation({ surface: rosenbrock, start, groups: [run] });
    const plain = new Simulation({ surface: rosenbrock, start, groups: [{ optimizer: run.optimizer, params: run.params }] });
    const first = path(sim, 'adam', 100);
    expect(path(plain, 'adam', 100)[100]).not.toEqual(first[100]);
    sim.reset();
    expect(sim.tracks[0].group.live.lr).toBe(0.05);
    expect(path(sim, 'adam', 100)).toEqual(first);
    expect(plain.tracks[0].lr).toBeNull();
  });

  it('new params restart the schedule from the new lr', () => {
    const run = scheduled('adam', { lr: 0.05 }, { type: 'ExponentialLR', params: { gamma: 0.9 } });
    const sim = new Simulation({ surface: rosenbrock, start, groups: [run] });
    sim.tick(10);
    sim.setParams('adam', { ...run.params, lr: 0.02 });
    expect(sim.tracks[0].group.live.lr).toBe(0.02);
    sim.tick(2);
    expect(sim.tracks[0].group.live.lr).toBe(0.02 * 0.9 * 0.9);
    const fresh = runScheduledTrace(rosenbrock, run.optimizer, { ...run.params, lr: 0.02 }, run.schedule, start, 2);
    expect(sim.particles()[0].x).toBe(fresh.trajectory[2][0]);
  });

  it('OneCycleLR holds the lr and momentum of its last step past total_steps, since the race never ends', () => {
    const run = scheduled('sgd', { lr: 0.001 }, { type: 'OneCycleLR', params: { max_lr: 0.002, total_steps: 50 } });
    const sim = new Simulation({ surface: rosenbrock, start, groups: [run] });
    const curve = createScheduler(run.schedule, 0.001);
    const live = { lr: 0, momentum: 0 };
    curve.reset(live);
    for (let k = 0; k < 49; k++) curve.step(live, 0);
    sim.tick(49);
    expect(sim.tracks[0].group.live).toEqual(live);
    sim.tick(500);
    expect(sim.tracks[0].group.live).toEqual(live);
    expect(live.lr).toBeCloseTo(0.002 / 25 / 1e4, 15);
    expect(live.momentum).toBe(0.95);
  });
});
