import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/InputError.ts';
import { optimizerById } from '../../../src/core/optimizers/registry.ts';
import { defaultScheduleParams } from '../../../src/core/schedules/defaultScheduleParams.ts';
import { resolveSchedule } from '../../../src/core/schedules/resolveSchedule.ts';
import { schedules } from '../../../src/core/schedules/registry.ts';
import type { ScheduleParam } from '../../../src/core/schedules/Schedule.ts';

const momentum = optimizerById('momentum')!;
const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error('expected an InputError');
};

describe('schedule declarations', () => {
  it('name every type after its PyTorch class, once', () => {
    for (const s of schedules) expect(s.torch).toBe(`torch.optim.lr_scheduler.${s.type}`);
    expect(new Set(schedules.map((s) => s.type)).size).toBe(11);
  });

  it.each(schedules.map((s) => [s.type, s] as const))('%s: its defaults (and starting values of required arguments) are accepted', (_t, s) => {
    const params = defaultScheduleParams(s);
    const resolved = resolveSchedule({ type: s.type, params }, { optimizer: momentum }, 'schedule');
    expect(resolved.params).toEqual(params);
    expect(Object.keys(params)).toEqual(s.parameters.map((p) => p.name));
    const sliders = s.parameters.filter((p): p is Extract<ScheduleParam, { slider: unknown }> => 'slider' in p);
    for (const p of sliders) expect(p.slider[0], p.name).toBeLessThan(p.slider[1]);
  });
});

describe('resolveSchedule', () => {
  it("fills in PyTorch's defaults, step_size_down from step_size_up", () => {
    const cyclic = resolveSchedule({ type: 'CyclicLR', params: { base_lr: 0.01, max_lr: 0.1, step_size_up: 7 } }, { optimizer: momentum }, 's');
    expect(cyclic.params).toMatchObject({ step_size_up: 7, step_size_down: 7, mode: 'triangular', cycle_momentum: true, base_momentum: 0.8 });
    expect(resolveSchedule({ type: 'StepLR', params: { step_size: 3 } }, { optimizer: momentum }, 's')).toEqual({
      type: 'StepLR',
      params: { step_size: 3, gamma: 0.1 },
    });
  });

  it('copies lists, so later edits of the input cannot reach a running schedule', () => {
    const milestones = [5, 10];
    const resolved = resolveSchedule({ type: 'MultiStepLR', params: { milestones } }, { optimizer: momentum }, 's');
    milestones.push(1);
    expect(resolved.params.milestones).toEqual([5, 10]);
  });

  it('names the field of every problem', () => {
    expect(message(() => resolveSchedule('StepLR', { optimizer: momentum }, 'x'))).toBe('x: expected {type, params}, got "StepLR"');
    expect(message(() => resolveSchedule({ type: 'StepLR', params: { step_size: 2 }, interval: 'batch' }, { optimizer: momentum }, 'x'))).toBe(
      'x.interval: unknown field (expected type and params)',
    );
    expect(message(() => resolveSchedule({ type: 'StepLR', params: [] }, { optimizer: momentum }, 'x'))).toBe('x.params: expected an object of name: value, got []');
    expect(message(() => resolveSchedule({ type: 'MultiStepLR', params: { milestones: [0, 3] } }, { optimizer: momentum }, 'x'))).toBe(
      'x.params.milestones: must be a list of integers >= 1, got [0,3]',
    );
    expect(message(() => resolveSchedule({ type: 'OneCycleLR', params: { max_lr: 0.1, total_steps: 5.5 } }, { optimizer: momentum }, 'x'))).toBe(
      'x.params.total_steps: must be an integer >= 1, got 5.5',
    );
    expect(message(() => resolveSchedule({ type: 'ReduceLROnPlateau', params: { cooldown: true } }, { optimizer: momentum }, 'x'))).toBe(
      'x.params.cooldown: must be an integer >= 0, got true',
    );
  });

  it('rejects the OneCycleLR phases PyTorch divides by zero in, only when the run reaches them', () => {
    const oneCycle = (params: object, steps?: number) => () =>
      resolveSchedule({ type: 'OneCycleLR', params: { max_lr: 0.1, cycle_momentum: false, ...params } }, { optimizer: momentum, steps }, 'x');
    expect(message(oneCycle({ total_steps: 10, pct_start: 0.1 }))).toMatch(/^x\.params\.pct_start: times total_steps is 1/);
    expect(message(oneCycle({ total_steps: 10, pct_start: 1 }, 10))).toMatch(/^x\.params\.pct_start: leaves the last phase with zero length/);
    expect(message(oneCycle({ total_steps: 10, pct_start: 0.55, three_phase: true }, 10))).toMatch(/last phase with zero length/);
    expect(oneCycle({ total_steps: 10, pct_start: 1 }, 9)).not.toThrow();
    expect(message(oneCycle({ total_steps: 10 }, 11))).toMatch(/^x\.params\.total_steps: is 10 but the run takes 11 scheduler steps/);
  });

  it('rejects a growing exp_range height that would drive the momentum through 0, not an lr-only one', () => {
    const cyclic = (cycle_momentum: boolean) => () =>
      resolveSchedule({ type: 'CyclicLR', params: { base_lr: 0.01, max_lr: 0.1, mode: 'exp_range', gamma: 1.01, cycle_momentum } }, { optimizer: momentum }, 'x');
    expect(message(cyclic(true))).toBe('x.params.gamma: must be <= 1 when exp_range cycles the momentum of momentum');
    expect(cyclic(false)).not.toThrow();
  });
});
