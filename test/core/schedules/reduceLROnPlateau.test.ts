import { describe, expect, it } from 'vitest';
import { liveParams } from '../../../src/core/optimizers/Optimizer.ts';
import { sgd } from '../../../src/core/optimizers/sgd.ts';
import { createScheduler } from '../../../src/core/schedules/createScheduler.ts';
import { resolveSchedule } from '../../../src/core/schedules/resolveSchedule.ts';

/** The lr used by each step when the scheduler is fed `metrics` one by one after each step. */
function lrs(params: Record<string, unknown>, metrics: readonly number[], base = 1): number[] {
  const spec = resolveSchedule({ type: 'ReduceLROnPlateau', params }, { optimizer: sgd }, 'schedule');
  const scheduler = createScheduler(spec, base);
  const live = liveParams({ lr: base });
  scheduler.reset(live);
  const out: number[] = [];
  for (const m of metrics) {
    out.push(live.lr);
    scheduler.step(live, m);
  }
  out.push(live.lr);
  return out;
}

describe('ReduceLROnPlateau', () => {
  it('cuts after patience + 1 steps in a row without improvement', () => {
    // Step 1 improves on +infinity; steps 2 and 3 are bad; the third bad one cuts (patience 2).
    expect(lrs({ factor: 0.5, patience: 2 }, [1, 1, 1, 1, 1, 1, 1])).toEqual([1, 1, 1, 1, 0.5, 0.5, 0.5, 0.25]);
  });

  it('an improvement resets the count; "rel" needs a fraction threshold better than the best', () => {
    expect(lrs({ factor: 0.5, patience: 1, threshold: 0.1 }, [1, 0.95, 0.85, 0.8, 0.79])).toEqual([1, 1, 1, 1, 1, 0.5]);
    // From a best of 10, "rel" needs below 9 and "abs" below 9.9.
    expect(lrs({ factor: 0.5, patience: 0, threshold: 0.1 }, [10, 9.5])).toEqual([1, 1, 0.5]);
    expect(lrs({ factor: 0.5, patience: 0, threshold: 0.1, threshold_mode: 'abs' }, [10, 9.5])).toEqual([1, 1, 1]);
  });

  it('does not count bad steps during a cooldown', () => {
    expect(lrs({ factor: 0.5, patience: 0, cooldown: 2 }, [1, 1, 1, 1, 1])).toEqual([1, 1, 0.5, 0.5, 0.5, 0.25]);
  });

  it('skips cuts smaller than eps and never goes below min_lr', () => {
    const tiny = lrs({ factor: 0.5, patience: 0 }, Array(6).fill(1), 1e-7);
    // The first value improves on +infinity; every later one cuts, until the cut (6.25e-9) falls below eps.
    expect(tiny).toEqual([1e-7, 1e-7, 5e-8, 2.5e-8, 1.25e-8, 1.25e-8, 1.25e-8]);
    expect(lrs({ factor: 0.1, patience: 0, min_lr: 0.05 }, [1, 1, 1, 1])).toEqual([1, 1, 0.1, 0.05, 0.05]);
  });

  it('in "max" mode a rising value is an improvement', () => {
    expect(lrs({ mode: 'max', factor: 0.5, patience: 0 }, [1, 2, 3, 3])).toEqual([1, 1, 1, 1, 0.5]);
  });

  it('takes "rel" literally below zero: a slightly worse negative value still counts as better', () => {
    // best * (1 - 1e-4) lies above a negative best, so -0.99995 < -0.9999 "improves" on -1.
    expect(lrs({ factor: 0.5, patience: 0 }, [-1, -0.99995, -0.5])).toEqual([1, 1, 1, 0.5]);
  });

  it('reset forgets the best value, the count and the lr', () => {
    const spec = resolveSchedule({ type: 'ReduceLROnPlateau', params: { factor: 0.5, patience: 0 } }, { optimizer: sgd }, 's');
    const scheduler = createScheduler(spec, 1);
    const live = liveParams({ lr: 1 });
    scheduler.reset(live);
    for (const m of [0.1, 0.1, 0.1]) scheduler.step(live, m);
    expect(live.lr).toBe(0.25);
    scheduler.reset(live);
    expect(live.lr).toBe(1);
    scheduler.step(live, 5);
    expect(live.lr).toBe(1);
  });
});
