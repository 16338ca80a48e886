import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { reachRadius } from '../../src/sim/basinsTracker.ts';
import { layoutStarts } from '../../src/sim/layout.ts';
import { Simulation } from '../../src/sim/Simulation.ts';
import { TRAIL_ALL_UP_TO } from '../../src/sim/TrailBuffer.ts';
import { countFromPositions } from './swarmPositions.ts';

const himmelblau = surfaceById('himmelblau')!;
const sgd = optimizerById('sgd')!;
const adam = optimizerById('adam')!;
const view = { x: [-5, 5] as [number, number], y: [-4, 5] as [number, number] };

function gridRace(particles: number) {
  return new Simulation({
    surface: himmelblau,
    start: [0, 0],
    groups: [
      { optimizer: sgd, params: { ...defaultParams(sgd), lr: 0.01 } },
      { optimizer: adam, params: { ...defaultParams(adam), lr: 0.05 } },
    ],
    particles,
    layout: 'grid',
    view,
  });
}

describe('Simulation with a grid swarm', () => {
  it('starts every particle on the grid over the view', () => {
    const sim = gridRace(300);
    const starts = layoutStarts({ kind: 'grid', view }, new Float64Array(600));
    const adamBalls = sim.particles().filter((p) => p.optimizer === 'adam');
    expect(adamBalls.flatMap((p) => [p.x, p.y])).toEqual(Array.from(starts));
  });

  it("summary() counts equal those computed from the particles' final positions", () => {
    const sim = gridRace(400);
    sim.tick(299);
    const before = sim.particles();
    sim.tick(1);
    const after = sim.particles();
    const summary = sim.summary();
    expect(summary.map((s) => s.optimizer)).toEqual(['sgd', 'adam']);
    for (const s of summary) {
      const expected = countFromPositions(himmelblau.minima, reachRadius(view), s.optimizer, before, after);
      expect(s.count).toBe(400);
      expect(s.minima.map((m) => m.count)).toEqual(expected.minima);
      expect([s.diverged, s.moving, s.elsewhere]).toEqual([expected.diverged, expected.moving, expected.elsewhere]);
      // Every minimum catches part of the grid, so the comparison covers all four.
      for (const m of s.minima) expect(m.count).toBeGreaterThan(0);
      expect(s.medianSteps).toBeGreaterThan(0);
      expect(s.medianSteps).toBeLessThanOrEqual(300);
    }
  });

  it('a new view lays the grid out again and starts the count over', () => {
    const sim = gridRace(100);
    sim.tick(300);
    const wider = { x: [-6, 6] as [number, number], y: [-6, 6] as [number, number] };
    sim.setView(wider);
    const starts = layoutStarts({ kind: 'grid', view: wider }, new Float64Array(200));
    expect(
      sim
        .particles()
        .filter((p) => p.optimizer === 'sgd')
        .flatMap((p) => [p.x, p.y]),
    ).toEqual(Array.from(starts));
    expect(sim.summary().every((s) => s.medianSteps === null || s.medianSteps === 0)).toBe(true);
  });

  it('a single ball has no summary: only swarms are tracked', () => {
    const sim = gridRace(1);
    sim.tick(10);
    expect(sim.summary()).toEqual([]);
    expect(sim.tracks.every((t) => t.tracker === null)).toBe(true);
  });
});

describe('trails of a swarm', () => {
  it("keep every particle's path in a small swarm, and only the ball's in a large one, whose other trails would hide the map", () => {
    const trail = (n: number) => gridRace(n).tracks[0].trail;
    expect(trail(TRAIL_ALL_UP_TO).count).toBe(TRAIL_ALL_UP_TO);
    const large = gridRace(TRAIL_ALL_UP_TO + 1);
    large.tick(3);
    const t = large.tracks[0].trail;
    expect(t.count).toBe(1);
    expect(t.data.length).toBe(2 * t.capacity);
    // The ring holds the ball's own positions: its newest slot is where particle 0 is now.
    const slot = (t.head - 1 + t.capacity) % t.capacity;
    const ball = large.particles()[0];
    expect([t.data[2 * slot], t.data[2 * slot + 1]]).toEqual([Math.fround(ball.x), Math.fround(ball.y)]);
  });
});

describe('a brush swarm', () => {
  it('starts its particles on the painted points in turn, and every one at the start when none is painted', () => {
    const brush = [1, 2, -3, 0.5, 2.5, -1];
    const race = (points: number[]) =>
      new Simulation({
        surface: himmelblau,
        start: [0.25, 0.75],
        groups: [{ optimizer: sgd, params: defaultParams(sgd) }],
        particles: 4,
        layout: 'brush',
        brush: points,
        view,
      });
    expect(
      race(brush)
        .particles()
        .map((p) => [p.x, p.y]),
    ).toEqual([
      [1, 2],
      [-3, 0.5],
      [2.5, -1],
      [1, 2],
    ]);
    expect(
      race([])
        .particles()
        .map((p) => [p.x, p.y]),
    ).toEqual(Array(4).fill([0.25, 0.75]));
  });
});
