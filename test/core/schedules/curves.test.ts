import { describe, expect, it } from 'vitest';
import { liveParams } from '../../../src/core/optimizers/Optimizer.ts';
import { createScheduler } from '../../../src/core/schedules/createScheduler.ts';
import type { ScheduleParams } from '../../../src/core/schedules/Schedule.ts';

/** lr_0 .. lr_(n-1) (and momentum) of a schedule on an optimizer whose own lr is `base`. */
function run(type: string, params: ScheduleParams, n: number, base = 1, metrics: readonly number[] = []) {
  const scheduler = createScheduler({ type, params }, base);
  const live = liveParams({ lr: base, momentum: 0.5 });
  scheduler.reset(live);
  const lr: number[] = [];
  const momentum: number[] = [];
  for (let k = 0; k < n; k++) {
    lr.push(live.lr);
    momentum.push(live.momentum);
    scheduler.step(live, metrics[k] ?? 0);
  }
  return { lr, momentum, cycles: scheduler.cyclesMomentum };
}

const close = (actual: number[], expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, k) => expect(Math.abs(a - expected[k]), `step ${k}: ${a} vs ${expected[k]}`).toBeLessThanOrEqual(1e-15 * Math.abs(expected[k])));
};

describe('closed forms, worked by hand', () => {
  it('StepLR halves every 2 steps', () => {
    expect(run('StepLR', { step_size: 2, gamma: 0.5 }, 6).lr).toEqual([1, 1, 0.5, 0.5, 0.25, 0.25]);
  });

  it('MultiStepLR cuts at each milestone, twice at one listed twice, whatever the order', () => {
    close(run('MultiStepLR', { milestones: [4, 2, 2], gamma: 0.1 }, 5).lr, [1, 1, 0.01, 0.01, 0.001]);
  });

  it('ExponentialLR multiplies by gamma every step', () => {
    expect(run('ExponentialLR', { gamma: 0.5 }, 4, 2).lr).toEqual([2, 1, 0.5, 0.25]);
  });

  it('CosineAnnealingLR reaches eta_min at T_max and climbs back by 2 T_max', () => {
    close(run('CosineAnnealingLR', { T_max: 2, eta_min: 0.2 }, 5).lr, [1, 0.6, 0.2, 0.6, 1]);
    expect(run('CosineAnnealingLR', { T_max: 2, eta_min: 0 }, 3).lr[2]).toBe(0);
  });

  it('LinearLR warms up from start_factor to end_factor in total_iters steps, then holds', () => {
    expect(run('LinearLR', { start_factor: 0.25, end_factor: 1, total_iters: 3 }, 5).lr).toEqual([0.25, 0.5, 0.75, 1, 1]);
    expect(run('LinearLR', { start_factor: 0.25, end_factor: 1, total_iters: 0 }, 3).lr).toEqual([0.25, 0.25, 0.25]);
  });

  it('PolynomialLR lands exactly on 0 at total_iters and stays there', () => {
    expect(run('PolynomialLR', { total_iters: 4, power: 2 }, 6).lr).toEqual([1, 0.5625, 0.25, 0.0625, 0, 0]);
    expect(run('PolynomialLR', { total_iters: 0, power: 2 }, 2).lr).toEqual([1, 1]);
  });

  it('CosineAnnealingWarmRestarts restarts after cycles of 2, 4, 8 steps', () => {
    const quarter = (1 + Math.cos(Math.PI / 4)) / 2;
    close(run('CosineAnnealingWarmRestarts', { T_0: 2, T_mult: 2, eta_min: 0 }, 7).lr, [1, 0.5, 1, quarter, 0.5, 1 - quarter, 1]);
    close(run('CosineAnnealingWarmRestarts', { T_0: 3, T_mult: 1, eta_min: 0 }, 7).lr, [1, 0.75, 0.25, 1, 0.75, 0.25, 1]);
  });
});

describe('OneCycleLR', () => {
  const params = {
    max_lr: 1,
    total_steps: 10,
    pct_start: 0.3,
    anneal_strategy: 'linear',
    cycle_momentum: true,
    base_momentum: 0.85,
    max_momentum: 0.95,
    div_factor: 10,
    final_div_factor: 100,
    three_phase: false,
  };

  it('two phases: up from max_lr / div_factor to max_lr by step 2, down to that / final_div_factor at step 9', () => {
    const { lr, momentum, cycles } = run('OneCycleLR', params, 10, 0.5);
    expect(cycles).toBe(true);
    close([lr[0], lr[1], lr[2], lr[9]], [0.1, 0.55, 1, 0.001]);
    close(
      lr.slice(2),
      Array.from({ length: 8 }, (_, i) => 1 + ((0.001 - 1) * i) / 7),
    );
    close([momentum[0], momentum[1], momentum[2], momentum[9]], [0.95, 0.9, 0.85, 0.95]);
  });

  it('three phases: back to the first lr at step 4, then the final annealing', () => {
    const { lr, momentum } = run('OneCycleLR', { ...params, three_phase: true }, 10);
    close([lr[0], lr[2], lr[3], lr[4], lr[9]], [0.1, 1, 0.55, 0.1, 0.001]);
    close([momentum[2], momentum[4], momentum[7]], [0.85, 0.95, 0.95]);
  });

  it('cosine annealing ends exactly at its target, and leaves the momentum alone without cycle_momentum', () => {
    const { lr, momentum, cycles } = run('OneCycleLR', { ...params, anneal_strategy: 'cos', cycle_momentum: false }, 10);
    expect(cycles).toBe(false);
    // Anchored at its end, as in PyTorch: the end is exact, the start off by rounding (0.09999999999999998).
    expect([lr[2], lr[9]]).toEqual([1, 0.001]);
    expect(Math.abs(lr[0] - 0.1)).toBeLessThan(1e-16);
    close([lr[1]], [0.55]);
    expect(new Set(momentum)).toEqual(new Set([0.5]));
  });
});

describe('CyclicLR', () => {
  const base = { base_lr: 0, max_lr: 1, step_size_up: 2, step_size_down: 2, gamma: 1, cycle_momentum: true, base_momentum: 0.8, max_momentum: 0.9 };

  it('triangular: equal triangles, momentum the other way', () => {
    const { lr, momentum } = run('CyclicLR', { ...base, mode: 'triangular' }, 7);
    expect(lr).toEqual([0, 0.5, 1, 0.5, 0, 0.5, 1]);
    close(momentum, [0.9, 0.85, 0.8, 0.85, 0.9, 0.85, 0.8]);
  });

  it('triangular2 halves the height every cycle; exp_range shrinks it by gamma^k', () => {
    expect(run('CyclicLR', { ...base, mode: 'triangular2' }, 11).lr.filter((_, k) => k % 4 === 2)).toEqual([1, 0.5, 0.25]);
    expect(run('CyclicLR', { ...base, mode: 'exp_range', gamma: 0.5 }, 7).lr.filter((_, k) => k % 4 === 2)).toEqual([0.25, 0.5 ** 6]);
  });

  it('uneven sides: up in 1 step, down in 3', () => {
    close(run('CyclicLR', { ...base, step_size_up: 1, step_size_down: 3, mode: 'triangular', cycle_momentum: false }, 5).lr, [0, 1, 2 / 3, 1 / 3, 0]);
  });
});

describe('SequentialLR', () => {
  const warmup = (start: number, total: number) => ({ type: 'LinearLR', params: { start_factor: start, end_factor: 1, total_iters: total } });
  const cosine = (tMax: number) => ({ type: 'CosineAnnealingLR', params: { T_max: tMax, eta_min: 0 } });

  it("warm-up to the milestone, then cosine from the full lr (schedules.md's worked example)", () => {
    const { lr } = run('SequentialLR', { schedulers: [warmup(0.1, 5), cosine(20)], milestones: [5] }, 7, 0.1);
    close(lr, [0.010000000000000002, 0.028000000000000004, 0.046000000000000006, 0.064, 0.082, 0.1, 0.0993844170297569]);
  });

  it('a warm-up longer than its milestone is cut short: the lr jumps to the full lr', () => {
    const { lr } = run('SequentialLR', { schedulers: [warmup(0.2, 15), cosine(50)], milestones: [10] }, 12, 0.1);
    close(lr.slice(8), [0.06266666666666668, 0.068, 0.1, 0.09990133642141358]);
  });

  it('each child sees its own step count from its milestone', () => {
    const step = { type: 'StepLR', params: { step_size: 2, gamma: 0.5 } };
    expect(run('SequentialLR', { schedulers: [step, step, step], milestones: [3, 4] }, 7).lr).toEqual([1, 1, 0.5, 1, 1, 1, 0.5]);
  });
});
