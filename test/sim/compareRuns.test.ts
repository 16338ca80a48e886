import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { runTrace } from '../../src/core/trace.ts';
import { compareRuns } from '../../src/sim/compareRuns.ts';
import { Simulation, type Track } from '../../src/sim/Simulation.ts';

interface Scene {
  surface: string;
  runs: [string, Record<string, number>][];
  steps: number;
  tol: number;
}

const scenes: Scene[] = [
  {
    surface: 'quadratic',
    runs: [
      ['momentum', { lr: 0.02 }],
      ['nag', { lr: 0.02 }],
    ],
    steps: 400,
    tol: 1e-6,
  },
  {
    surface: 'rosenbrock',
    runs: [
      ['adam', { lr: 0.05 }],
      ['rmsprop', { lr: 0.01 }],
    ],
    steps: 600,
    tol: 1e-3,
  },
];

/** Counts by a plain loop over a trajectory, with the turn angle measured by acos. */
function countByHand(trajectory: number[][], tol: number) {
  const below = trajectory.findIndex((p) => p[2] < tol);
  let pathLength = 0;
  let turns = 0;
  for (let k = 1; k < trajectory.length; k++) {
    const u = [trajectory[k][0] - trajectory[k - 1][0], trajectory[k][1] - trajectory[k - 1][1]];
    pathLength += Math.sqrt(u[0] ** 2 + u[1] ** 2);
    if (k < 2) continue;
    const v = [trajectory[k - 1][0] - trajectory[k - 2][0], trajectory[k - 1][1] - trajectory[k - 2][1]];
    const cos = (u[0] * v[0] + u[1] * v[1]) / (Math.hypot(u[0], u[1]) * Math.hypot(v[0], v[1]));
    if (Math.acos(Math.max(-1, Math.min(1, cos))) > Math.PI / 2) turns++;
  }
  return { stepsToTol: below < 0 ? null : below, finalLoss: trajectory[trajectory.length - 1][2], pathLength, turns };
}

const recorded = (t: Track) => ({ optimizer: t.group.optimizer.id, firstStep: t.path.firstStep, points: t.path.points() });

describe('compareRuns on what the simulation recorded', () => {
  for (const scene of scenes) {
    it(`${scene.surface}: ${scene.runs.map((r) => r[0]).join(' against ')} matches the CLI's traces counted by hand`, () => {
      const surface = surfaceById(scene.surface)!;
      const groups = scene.runs.map(([id, p]) => ({ optimizer: optimizerById(id)!, params: { ...defaultParams(optimizerById(id)!), ...p } }));
      const sim = new Simulation({ surface, start: surface.start, groups });
      sim.tick(scene.steps);
      const [ta, tb] = scene.runs.map(([id]) => sim.track(id)!);
      const result = compareRuns(recorded(ta), recorded(tb), scene.tol);
      const traces = groups.map((g) => runTrace(surface, g.optimizer, g.params, surface.start, scene.steps));
      for (const [side, trace] of [
        [result.a, traces[0]],
        [result.b, traces[1]],
      ] as const) {
        const hand = countByHand(trace, scene.tol);
        expect(side.stepsToTol).toBe(hand.stepsToTol);
        expect(side.turns).toBe(hand.turns);
        expect(side.finalLoss).toBe(hand.finalLoss);
        expect(side.pathLength).toBeCloseTo(hand.pathLength, 9);
      }
      expect(result.from).toBe(0);
      expect(result.distance).toHaveLength(scene.steps + 1);
      for (const k of [0, 1, scene.steps >> 1, scene.steps]) {
        const [p, q] = [traces[0][k], traces[1][k]];
        expect(result.distance[k]).toBeCloseTo(Math.hypot(p[0] - q[0], p[1] - q[1]), 12);
      }
    });
  }

  it('the scenes are not trivial: both reach and miss, both turn', () => {
    const surface = surfaceById('quadratic')!;
    const trace = runTrace(surface, optimizerById('momentum')!, { ...defaultParams(optimizerById('momentum')!), lr: 0.02 }, surface.start, 400);
    const hand = countByHand(trace, 1e-6);
    expect(hand.stepsToTol).not.toBeNull();
    expect(hand.turns).toBeGreaterThan(0);
    expect(countByHand(trace, -1).stepsToTol).toBeNull();
  });

  it('scores a path that never falls below the tolerance with null, and counts a reversal as a turn', () => {
    const path = {
      optimizer: 'x',
      firstStep: 0,
      points: [
        [0, 0, 5],
        [1, 0, 4],
        [0.5, 0, 3],
        [0.5, 1, 2],
      ] as [number, number, number][],
    };
    const score = compareRuns(path, path, 1).a;
    expect(score).toEqual({ optimizer: 'x', stepsToTol: null, finalLoss: 2, pathLength: 2.5, turns: 1 });
    expect(compareRuns(path, path, 3.5).a.stepsToTol).toBe(2);
  });
});
