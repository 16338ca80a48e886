import { afterAll, describe, expect, it } from 'vitest';
import { optimizerById } from '../../../src/core/optimizers/registry.ts';
import { resolveParamsOrThrow } from '../../../src/core/optimizers/resolveOptimizer.ts';
import { resolveSchedule } from '../../../src/core/schedules/resolveSchedule.ts';
import { scheduleTypes } from '../../../src/core/schedules/registry.ts';
import { surfaceById } from '../../../src/core/surfaces/registry.ts';
import { runScheduledTrace } from '../../../src/core/trace.ts';
import { TOLERANCE, worstError } from '../goldenTraces.ts';
import { absError, goldenSchedules as golden, worstRelative } from './goldenSchedules.ts';

const worst = { trajectory: 0, lr: 0, lrRelative: 0, momentum: 0, momentumRelative: 0 };

describe('scheduled trajectories match PyTorch 1.13 (float64)', () => {
  afterAll(() => {
    const e = Object.entries(worst)
      .map(([k, v]) => `${k} ${v.toExponential(2)}`)
      .join(', ');
    console.log(`schedule traces, worst errors: ${e}`);
  });

  it('covers every schedule type', () => {
    expect(golden.format).toBe('schedule-traces/1');
    expect([...new Set(golden.cases.map((c) => c.schedule.type))].sort()).toEqual([...scheduleTypes].sort());
  });

  it.each(golden.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const surface = surfaceById(c.surface)!;
    const optimizer = optimizerById(c.optimizer)!;
    const params = resolveParamsOrThrow(optimizer, c.params, 'params');
    const schedule = resolveSchedule(c.schedule, { optimizer, steps: c.steps }, 'schedule');

    const run = runScheduledTrace(surface, optimizer, params, schedule, c.start, c.steps);

    expect(run.trajectory).toHaveLength(c.steps + 1);
    const path = worstError(run.trajectory, c.trajectory);
    worst.trajectory = Math.max(worst.trajectory, path.error);
    expect(path.error, path.where).toBeLessThanOrEqual(TOLERANCE);

    const series: [keyof typeof worst, number[] | undefined, number[] | undefined][] = [
      ['lr', run.lr, c.lr],
      ['momentum', run.momentum, c.momentum],
    ];
    for (const [name, actual, expected] of series) {
      expect(actual === undefined, `${name} present`).toBe(expected === undefined);
      if (!actual || !expected) continue;
      expect(actual).toHaveLength(c.steps);
      const abs = Math.max(...expected.map((b, k) => absError(actual[k], b)));
      const rel = worstRelative(actual, expected);
      worst[name] = Math.max(worst[name], abs);
      const relName = `${name}Relative` as keyof typeof worst;
      worst[relName] = Math.max(worst[relName], rel.error);
      expect(abs, name).toBeLessThanOrEqual(TOLERANCE);
      expect(rel.error, `${name}[${rel.where}]: ${actual[rel.where]} vs ${expected[rel.where]}`).toBeLessThanOrEqual(1e-12);
    }
  });
});
