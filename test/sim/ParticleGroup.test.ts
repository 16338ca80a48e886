import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { createRandom } from '../../src/core/random.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import type { Surface } from '../../src/core/surfaces/Surface.ts';
import { runTrace } from '../../src/core/trace.ts';
import { ParticleGroup } from '../../src/sim/ParticleGroup.ts';
import { BOUND_CHECK_EVERY, CONVERGED, DIVERGED, NON_FINITE, NOT_DIVERGED, OUT_OF_BOUNDS, RUNNING, runawayBound } from '../../src/sim/status.ts';

const sgd = optimizerById('sgd')!;
const quadratic = surfaceById('quadratic')!;
const rosenbrock = surfaceById('rosenbrock')!;

/** Plain SGD particles placed at `starts` (xy pairs). */
function group(surface: Surface, starts: number[], lr: number) {
  const g = new ParticleGroup(surface, sgd, { ...defaultParams(sgd), lr }, starts.length / 2);
  g.place(Float64Array.from(starts));
  return g;
}

describe('ParticleGroup', () => {
  it("a particle that overflows holds at its last finite point, with the step that overflowed it, a zero gradient and that point's loss", () => {
    // On rosenbrock with lr 0.01, a start at x = 30 overshoots further every step until it overflows;
    // the particle at (1, 1) sits at the minimum.
    const g = group(rosenbrock, [30, 0, 1, 1], 0.01);
    const path = runTrace(rosenbrock, sgd, { ...defaultParams(sgd), lr: 0.01 }, [30, 0], 40);
    const blowsUp = path.findIndex(([x, y, f]) => !Number.isFinite(x + y + f));
    expect(blowsUp).toBeGreaterThan(1);
    const random = createRandom(1);
    for (let k = 0; k < 40; k++) g.step(0, random);
    const held = path[blowsUp - 1];
    expect(g.status[0]).toBe(DIVERGED);
    expect(g.steps[0]).toBe(blowsUp);
    expect(g.stepOf(0)).toBe(blowsUp);
    expect([g.pos[0], g.pos[1], g.loss[0]]).toEqual(held);
    expect([g.grad[0], g.grad[1]]).toEqual([0, 0]);
    expect(g.status[1]).toBe(CONVERGED);
    expect(g.steps[1]).toBe(40);
    expect(g.stepOf(1)).toBe(40);
  });

  it('a particle that runs away while staying finite is stopped at the next bound check, with that reason', () => {
    // f = -x on a view of [-1, 1]²: plain SGD moves x by lr every step, so x = k·lr after k steps, never overflowing.
    const plane: Surface = {
      ...quadratic,
      view: { x: [-1, 1], y: [-1, 1] },
      value: (x) => -x,
      gradient: (_x, _y, out, o) => {
        out[o] = -1;
        out[o + 1] = 0;
        return -_x;
      },
      gradientMany: undefined,
    };
    const bound = runawayBound(plane.view);
    expect(bound).toBe(1e6);
    const g = group(plane, [0, 0], 1e5);
    const random = createRandom(1);
    for (let k = 0; k < 3 * BOUND_CHECK_EVERY; k++) g.step(0, random);
    // Past the bound from step 11 on; the check every BOUND_CHECK_EVERY steps stops it at the first multiple.
    expect(g.status[0]).toBe(DIVERGED);
    expect(g.reason[0]).toBe(OUT_OF_BOUNDS);
    expect(g.steps[0]).toBe(BOUND_CHECK_EVERY);
    expect(g.pos[0]).toBeCloseTo(BOUND_CHECK_EVERY * 1e5, 3);
  });

  it('names the reason of a non-finite divergence, and none for a particle that did not diverge', () => {
    const g = group(rosenbrock, [30, 0, 1, 1], 0.01);
    const random = createRandom(1);
    for (let k = 0; k < 40; k++) g.step(0, random);
    expect([g.reason[0], g.reason[1]]).toEqual([NON_FINITE, NOT_DIVERGED]);
  });

  it('a particle placed where the loss is not finite is diverged before its first step and never moves', () => {
    const g = group(rosenbrock, [1e200, 0, 0.5, 0.5], 1e-4);
    expect(g.status[0]).toBe(DIVERGED);
    expect(g.steps[0]).toBe(0);
    const random = createRandom(1);
    for (let k = 0; k < 5; k++) g.step(0, random);
    expect([g.pos[0], g.pos[1]]).toEqual([1e200, 0]);
    expect(g.steps[0]).toBe(0);
    expect(g.status[1]).toBe(RUNNING);
    expect(g.steps[1]).toBe(5);
  });

  it('a batch whose sum overflows while every value is finite marks no one', () => {
    // Two particles whose losses are each near the largest double: their sum is infinite.
    const huge: Surface = {
      ...quadratic,
      gradient(_x, _y, out, o) {
        out[o] = 0;
        out[o + 1] = 0;
        return 1.5e308;
      },
      gradientMany: undefined,
    };
    const g = group(huge, [0, 0, 1, 1], 0.1);
    g.step(0, createRandom(1));
    expect(Array.from(g.status)).toEqual([CONVERGED, CONVERGED]);
    expect(Array.from(g.loss)).toEqual([1.5e308, 1.5e308]);
  });

  it('steps and statuses are worked out again after every step that is read', () => {
    const g = group(quadratic, [1, 1], 0.1);
    const random = createRandom(1);
    g.step(0, random);
    expect(g.steps[0]).toBe(1);
    expect(g.status[0]).toBe(RUNNING);
    for (let k = 0; k < 2000; k++) g.step(0, random);
    expect(g.steps[0]).toBe(2001);
    expect(g.status[0]).toBe(CONVERGED);
    g.place(Float64Array.of(1, 1));
    expect(g.steps[0]).toBe(0);
    expect(g.status[0]).toBe(RUNNING);
  });

  it('a surface without gradientMany steps to the same bits as one with it', () => {
    const adam = optimizerById('adam')!;
    const params = { ...defaultParams(adam), lr: 0.05 };
    const starts = Float64Array.from({ length: 64 }, (_, i) => (i % 2 ? 1.5 : -1) + 0.01 * i);
    const bare = { ...rosenbrock, gradientMany: undefined };
    const [own, plain] = [rosenbrock, bare].map((surface) => {
      const g = new ParticleGroup(surface, adam, params, 32);
      g.place(starts);
      const random = createRandom(3);
      for (let k = 0; k < 100; k++) g.step(0.5, random);
      return g;
    });
    expect(Array.from(plain.pos)).toEqual(Array.from(own.pos));
    expect(Array.from(plain.loss)).toEqual(Array.from(own.loss));
    expect(Array.from(plain.status)).toEqual(Array.from(own.status));
  });
});
