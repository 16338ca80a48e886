import { describe, expect, it } from 'vitest';
import { BasinsTracker, reachRadius } from '../../src/sim/basinsTracker.ts';
import type { ParticleGroup } from '../../src/sim/ParticleGroup.ts';

/** The two buffers the tracker reads, moved by hand: one particle, position and previous position. */
function hand() {
  const g = { pos: new Float64Array(2), prev: new Float64Array(2) };
  const moveTo = (x: number, y: number) => {
    g.prev.set(g.pos);
    g.pos[0] = x;
    g.pos[1] = y;
  };
  return { group: g as unknown as ParticleGroup, moveTo };
}

// A 100 × 100 view: diagonal 141.4, reach radius 1.414, slow below 0.1414 a step.
const view = { x: [0, 100] as const, y: [0, 100] as const };
const minima = [
  { x: 50, y: 50 },
  { x: 52, y: 50 },
];

describe('BasinsTracker', () => {
  it('the reach radius is a hundredth of the view diagonal', () => {
    expect(reachRadius(view)).toBeCloseTo(Math.SQRT2, 12);
  });

  it('a ball flying through a minimum has not reached it; one that slows down there has, from the step it arrived', () => {
    const { group, moveTo } = hand();
    moveTo(40, 50);
    const t = new BasinsTracker(minima, view, 1);
    group.prev.set(group.pos);
    t.start(group);
    expect(t.near[0]).toBe(-1);
    moveTo(50, 50.5);
    t.step(group);
    // At the minimum but ten units in one step: flying through.
    expect(t.near[0]).toBe(-1);
    moveTo(50.05, 50.5);
    t.step(group);
    expect([t.near[0], t.since[0]]).toEqual([0, 2]);
    moveTo(50.1, 50.5);
    t.step(group);
    expect([t.near[0], t.since[0]]).toEqual([0, 2]);
  });

  it('leaving and coming back is a new arrival; the nearer of two minima in reach wins', () => {
    const { group, moveTo } = hand();
    moveTo(50.9, 50);
    const t = new BasinsTracker(minima, view, 1);
    group.prev.set(group.pos);
    t.start(group);
    // 0.9 from the first minimum, 1.1 from the second: both in reach, the first nearer.
    expect([t.near[0], t.since[0]]).toEqual([0, 0]);
    moveTo(51.01, 50);
    t.step(group);
    // 0.99 from the second now, 1.01 from the first.
    expect([t.near[0], t.since[0]]).toEqual([1, 1]);
    moveTo(51.1, 52);
    t.step(group);
    expect([t.near[0], t.since[0]]).toEqual([-1, 2]);
    moveTo(51.1, 51.95);
    t.step(group);
    // Slow again but 2.15 from the second minimum: out of reach.
    expect([t.near[0], t.since[0]]).toEqual([-1, 2]);
    moveTo(51.1, 51);
    t.step(group);
    moveTo(51.1, 50.95);
    t.step(group);
    // 1.31 from the second minimum (and 1.45 from the first, out of reach): a new arrival at step 5.
    expect([t.near[0], t.since[0]]).toEqual([1, 5]);
    moveTo(51.1, 50.9);
    t.step(group);
    expect([t.near[0], t.since[0]]).toEqual([1, 5]);
  });
});
