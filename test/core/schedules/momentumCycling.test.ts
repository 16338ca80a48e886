import { describe, expect, it } from 'vitest';
import { optimizerById, optimizerIds } from '../../../src/core/optimizers/registry.ts';
import { resolveParamsOrThrow } from '../../../src/core/optimizers/resolveOptimizer.ts';
import { kernelOptimizer, momentumTarget } from '../../../src/core/schedules/momentumCycling.ts';
import { resolveSchedule } from '../../../src/core/schedules/resolveSchedule.ts';
import { booth } from '../../../src/core/surfaces/booth.ts';
import { runScheduledTrace } from '../../../src/core/trace.ts';

const STEPS = 60;

function trace(id: string, params: Record<string, unknown>, cycle: boolean) {
  const optimizer = optimizerById(id)!;
  const schedule = resolveSchedule({ type: 'OneCycleLR', params: { max_lr: 0.02, total_steps: STEPS, cycle_momentum: cycle } }, { optimizer, steps: STEPS }, 'schedule');
  return runScheduledTrace(booth, optimizer, resolveParamsOrThrow(optimizer, params, 'params'), schedule, [-3, -2], STEPS);
}

describe('a schedule that cycles momentum', () => {
  it("knows where each optimizer keeps its momentum, as PyTorch's param groups do", () => {
    const targets = Object.fromEntries(optimizerIds.map((id) => [id, momentumTarget(optimizerById(id)!)]));
    expect(targets).toEqual({
      sgd: 'momentum',
      momentum: 'momentum',
      nag: 'momentum',
      rmsprop: 'momentum',
      adagrad: null,
      adadelta: null,
      adam: 'betas',
      adamw: 'betas',
      nadam: 'betas',
      radam: 'betas',
      adamax: 'betas',
    });
  });

  it("turns plain SGD into momentum SGD, as PyTorch does when it writes a momentum into SGD's param group", () => {
    const plain = trace('sgd', { lr: 0.01 }, true);
    const heavy = trace('momentum', { lr: 0.01, momentum: 0.3 }, true);
    expect(plain.trajectory).toEqual(heavy.trajectory);
    expect(plain.momentum![0]).toBe(0.95);
    // Without cycling, SGD stays plain and takes another path.
    expect(trace('sgd', { lr: 0.01 }, false).trajectory[STEPS]).not.toEqual(plain.trajectory[STEPS]);
  });

  it('gives RMSprop at momentum 0 its momentum buffer, and overrides any momentum or beta1 the params give', () => {
    expect(trace('rmsprop', { momentum: 0 }, true).trajectory).toEqual(trace('rmsprop', { momentum: 0.5 }, true).trajectory);
    expect(trace('rmsprop', { momentum: 0 }, false).trajectory).not.toEqual(trace('rmsprop', { momentum: 0 }, true).trajectory);
    expect(trace('adam', { betas: [0.5, 0.999] }, true).trajectory).toEqual(trace('adam', { betas: [0.9, 0.999] }, true).trajectory);
  });

  it('leaves the optimizer alone when nothing is cycled', () => {
    const sgd = optimizerById('sgd')!;
    const params = { lr: 0.1, weight_decay: 0 };
    expect(kernelOptimizer(sgd, params, false, 0.9)).toEqual({ optimizer: sgd, params });
    const adam = optimizerById('adam')!;
    const adamParams = { lr: 0.1, betas: [0.9, 0.99] as const };
    expect(kernelOptimizer(adam, adamParams, true, 0.95)).toEqual({ optimizer: adam, params: adamParams });
  });
});
