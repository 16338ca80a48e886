import { describe, expect, it } from 'vitest';
import { DIVERGED, RUNNING } from '../../src/sim/status.ts';
import { lossDomain, stepTicks } from '../../src/ui/lossDomain.ts';

const series = (status: number, losses: number[]) => ({
  group: { status: [status] },
  history: { length: losses.length, losses, steps: losses.map((_, k) => k) },
});

describe('lossDomain', () => {
  it('spans the losses of the balls still running', () => {
    expect(lossDomain([series(RUNNING, [10, 5, 1]), series(RUNNING, [8, 0.5])])).toEqual({ maxStep: 2, lo: 0.5, hi: 10, positive: true });
  });

  it('a diverged ball never stretches the axis, though its steps still count', () => {
    const d = lossDomain([series(RUNNING, [10, 5, 1]), series(DIVERGED, [10, 1e30, 1e200, Infinity, NaN])]);
    expect([d.lo, d.hi, d.maxStep]).toEqual([1, 10, 4]);
  });

  it('leaves out non-finite values and runaways of a ball not yet marked diverged', () => {
    const d = lossDomain([series(RUNNING, [10, 5, 1]), series(RUNNING, [10, 3e9, NaN, 2])]);
    expect([d.lo, d.hi]).toEqual([1, 10]);
  });

  it('switches off the log scale when a loss is negative', () => {
    expect(lossDomain([series(RUNNING, [2, -3])]).positive).toBe(false);
  });

  it('falls back to a range when there is nothing to show', () => {
    expect(lossDomain([])).toEqual({ maxStep: 1, lo: 1e-3, hi: 1, positive: true });
  });
});

describe('stepTicks', () => {
  it('keeps whole steps only', () => {
    expect(stepTicks([0, 0.5, 1, 1.5, 2])).toEqual([0, 1, 2]);
  });
});
