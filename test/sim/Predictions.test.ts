import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { arrivalStep } from '../../src/sim/arrivalStep.ts';
import { Predictions } from '../../src/sim/Predictions.ts';
import { Simulation } from '../../src/sim/Simulation.ts';

const bowl = surfaceById('quadratic')!;
const sgd = optimizerById('sgd')!;
const adam = optimizerById('adam')!;

function race(): Simulation {
  return new Simulation({
    surface: bowl,
    start: [2, 1.5],
    groups: [
      { optimizer: sgd, params: { ...defaultParams(sgd), lr: 0.05 } },
      { optimizer: adam, params: { ...defaultParams(adam), lr: 0.01 } },
    ],
  });
}

describe('Predictions', () => {
  it('before the race: unlocked, each guess at distance from the start, nobody arrived', () => {
    const sim = race();
    const p = new Predictions();
    p.place('sgd', 0, 0);
    p.place('adam', Number.NaN, 1);
    p.guessFirst('adam');
    const r = p.report(sim.tracks, bowl.minima, bowl.view);
    expect(r.locked).toBe(false);
    expect(r.guesses).toEqual([{ optimizer: 'sgd', guess: [0, 0], end: [2, 1.5], step: 0, distance: 2.5 }]);
    expect(r.first).toEqual({ guess: 'adam', arrived: [], step: null });
  });

  it('after the race: locked, the distance from each guess to where the ball ended, and who arrived first', () => {
    const sim = race();
    const p = new Predictions();
    p.place('sgd', 0.5, 0);
    p.place('adam', -1, 2);
    sim.tick(400);
    const r = p.report(sim.tracks, bowl.minima, bowl.view);
    expect(r.locked).toBe(true);
    const balls = sim.particles();
    for (const [k, [gx, gy]] of [
      [0.5, 0],
      [-1, 2],
    ].entries()) {
      const { x, y, optimizer } = balls[k];
      expect(r.guesses[k]).toMatchObject({ optimizer, end: [x, y], step: 400 });
      expect(r.guesses[k].distance).toBeCloseTo(Math.sqrt((x - gx) ** 2 + (y - gy) ** 2), 12);
    }
    const steps = sim.tracks.map((t) => arrivalStep(t.path, bowl.minima, bowl.view) ?? Infinity);
    const earliest = Math.min(...steps);
    expect(Number.isFinite(earliest)).toBe(true);
    expect(r.first.step).toBe(earliest);
    expect(r.first.arrived).toEqual(sim.tracks.filter((_, k) => steps[k] === earliest).map((t) => t.group.optimizer.id));
    p.clear();
    expect(p.report(sim.tracks, bowl.minima, bowl.view).guesses).toEqual([]);
  });
});
