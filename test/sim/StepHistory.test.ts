import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { Simulation } from '../../src/sim/Simulation.ts';
import { StepHistory } from '../../src/sim/StepHistory.ts';

const pos = (x: number, y: number) => Float64Array.of(x, y);

describe('StepHistory', () => {
  it('keeps the last `capacity` updates, each with its state before and after, and forgets older ones', () => {
    const h = new StepHistory(1, 0, 3);
    const slot = [new Float64Array(2)];
    for (let step = 1; step <= 5; step++) {
      slot[0].set([step, -step]);
      h.begin(step, pos(step, 0), pos(10 * step, 0), 0.1, 0.9, slot);
      slot[0].set([step + 0.5, -step - 0.5]);
      h.finish(step, pos(step + 1, 0), slot, new Float64Array(0));
    }
    expect([h.length, h.firstStep, h.lastStep]).toEqual([3, 3, 5]);
    expect(h.at(2)).toBeNull();
    expect(h.at(6)).toBeNull();
    const r = h.at(4)!;
    expect(r).toEqual({ step: 4, t: 4, from: [4, 0], to: [5, 0], grad: [40, 0], lr: 0.1, momentum: 0.9, before: [[4, -4]], after: [[4.5, -4.5]], scalars: [] });
  });

  it('in a race, the newest record holds the ball and state the group has now, and a restart empties it', () => {
    const adam = optimizerById('adam')!;
    const sim = new Simulation({ surface: surfaceById('rosenbrock')!, start: [-1.5, 2], groups: [{ optimizer: adam, params: defaultParams(adam) }] });
    sim.tick(40);
    const { group, steps } = sim.track('adam')!;
    const last = steps.at(40)!;
    expect(last.to).toEqual([group.pos[0], group.pos[1]]);
    expect(last.after).toEqual(group.state.slots.map((s) => [s[0], s[1]]));
    expect(last.t).toBe(group.state.t);
    // Each update starts where the one before ended, with the state it left.
    const prev = steps.at(39)!;
    expect(last.from).toEqual(prev.to);
    expect(last.before).toEqual(prev.after);
    sim.reset();
    expect(steps.length).toBe(0);
  });

  it("records the noisy gradient the optimizer was given, not the surface's", () => {
    const sgd = optimizerById('sgd')!;
    const sim = new Simulation({
      surface: surfaceById('quadratic')!,
      start: [1, 1],
      noise: 0.5,
      groups: [{ optimizer: sgd, params: { ...defaultParams(sgd), lr: 0.1 } }],
    });
    sim.tick(3);
    const r = sim.track('sgd')!.steps.at(3)!;
    // Plain SGD: x ← x − lr·g, so the recorded g is what moved the ball.
    expect(r.to[0]).toBe(r.from[0] - 0.1 * r.grad[0]);
    expect(r.to[1]).toBe(r.from[1] - 0.1 * r.grad[1]);
  });
});
