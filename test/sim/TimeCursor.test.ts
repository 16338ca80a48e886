import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { Simulation, type SimulationConfig } from '../../src/sim/Simulation.ts';
import { TimeCursor } from '../../src/sim/TimeCursor.ts';

const rosenbrock = surfaceById('rosenbrock')!;
const adam = optimizerById('adam')!;
const momentum = optimizerById('momentum')!;

function race(extra: Partial<SimulationConfig> = {}): Simulation {
  return new Simulation({
    surface: rosenbrock,
    start: [-1.5, 2],
    groups: [
      { optimizer: adam, params: { ...defaultParams(adam), lr: 0.05 } },
      // lr 10 on Rosenbrock flings the heavy ball off within a few steps: it diverges.
      { optimizer: momentum, params: { ...defaultParams(momentum), lr: 10 } },
    ],
    ...extra,
  });
}

/** Runs `steps` updates and writes down every particle as the simulation reports it after each. */
function recorded(sim: Simulation, steps: number) {
  const seen = [sim.particles()];
  for (let k = 0; k < steps; k++) {
    sim.tick(1);
    seen.push(sim.particles());
  }
  return seen;
}

describe('TimeCursor', () => {
  it('shows every ball at step k exactly where the simulation had it after k updates, and nothing while live', () => {
    const sim = race();
    const seen = recorded(sim, 120);
    const cursor = new TimeCursor();
    expect(cursor.at(sim.tracks[0])).toBeNull();
    expect(cursor.particles(sim.tracks)).toEqual(sim.particles().map(({ optimizer, x, y, step, status }) => ({ optimizer, x, y, step, status })));
    for (const k of [0, 1, 2, 7, 60, 119, 120]) {
      cursor.set(k);
      const shown = cursor.particles(sim.tracks);
      expect(shown.map((p) => [p.optimizer, p.x, p.y])).toEqual(seen[k].map((p) => [p.optimizer, p.x, p.y]));
      expect(shown.map((p) => p.status)).toEqual(seen[k].map((p) => p.status));
    }
  });

  it('a ball that diverged later is still running at an earlier step, and stays where it stopped after', () => {
    const sim = race();
    const seen = recorded(sim, 60);
    const diverged = seen[60].find((p) => p.optimizer === 'momentum')!;
    expect(diverged.status).toBe('diverged');
    const at = seen.findIndex((ps) => ps.find((p) => p.optimizer === 'momentum')!.status === 'diverged');
    const cursor = new TimeCursor();
    cursor.set(at - 1);
    expect(cursor.particles(sim.tracks).find((p) => p.optimizer === 'momentum')!.status).toBe('running');
    cursor.set(50);
    const late = cursor.particles(sim.tracks).find((p) => p.optimizer === 'momentum')!;
    expect([late.x, late.y, late.status]).toEqual([diverged.x, diverged.y, 'diverged']);
  });

  it('cuts the trail at the step: the newest points after it are left out', () => {
    const sim = race({ trailLength: 400 });
    sim.tick(90);
    const cursor = new TimeCursor();
    cursor.set(30);
    expect(cursor.at(sim.tracks[0])!.skip).toBe(60);
    // A step past the race shows the race as it is now, with the whole trail.
    cursor.set(500);
    expect(cursor.at(sim.tracks[0])!.skip).toBe(0);
    expect(cursor.at(sim.tracks[0])!.step).toBe(90);
    cursor.set(null);
    expect(cursor.at(sim.tracks[0])).toBeNull();
  });

  it("draws the first ball's trail up to the step from its exact path, however far back the step is", () => {
    const sim = race({ trailLength: 16 });
    const seen = recorded(sim, 200);
    const cursor = new TimeCursor();
    for (const k of [5, 150]) {
      cursor.set(k);
      const frame = cursor.at(sim.tracks[0])!;
      // The trail's own ring holds steps 185..200 only; the path has them all.
      const expected = seen.slice(Math.max(0, k - 15), k + 1).flatMap((ps) => [Math.fround(ps[0].x), Math.fround(ps[0].y)]);
      expect(frame.trailLength).toBe(Math.min(16, k + 1));
      expect([...frame.trail.subarray(0, 2 * frame.trailLength)]).toEqual(expected);
    }
  });

  it('shows a swarm whole while its trails reach back to the step (to Float32), and its first ball alone before that', () => {
    const sim = race({ particles: 5, spread: 0.2, trailLength: 40, groups: [{ optimizer: adam, params: { ...defaultParams(adam), lr: 0.05 } }] });
    const seen = recorded(sim, 100);
    const cursor = new TimeCursor();
    cursor.set(80);
    const shown = cursor.particles(sim.tracks);
    expect(shown).toHaveLength(5);
    expect(shown[0]).toMatchObject({ x: seen[80][0].x, y: seen[80][0].y });
    for (let p = 1; p < 5; p++) expect([shown[p].x, shown[p].y]).toEqual([Math.fround(seen[80][p].x), Math.fround(seen[80][p].y)]);
    // 100 − 40 + 1 = 61 is the oldest step the 40-point trails still hold.
    cursor.set(60);
    const early = cursor.particles(sim.tracks);
    expect(early).toHaveLength(1);
    expect([early[0].x, early[0].y]).toEqual([seen[60][0].x, seen[60][0].y]);
  });
});
