import { InputError } from '../InputError.ts';
import type { RunSchedule } from '../mlp/experiment.ts';
import type { Optimizer } from '../optimizers/Optimizer.ts';
import { resolveSchedule } from '../schedules/resolveSchedule.ts';

const INTERVALS = ['epoch', 'batch'] as const;

/** How many scheduler steps a run takes: one per batch, or one per epoch. */
export function schedulerSteps(interval: RunSchedule['interval'], epochs: number, batchesPerEpoch: number): number {
  return interval === 'batch' ? epochs * batchesPerEpoch : epochs;
}

/**
 * Reads an experiment run's `schedule: { type, params, interval }` (interval "epoch" unless given,
 * as PyTorch's examples step once per epoch), validated against the run's optimizer and, when the
 * shape of the experiment is known, its number of scheduler steps. The InputError names the field.
 */
export function resolveRunSchedule(input: unknown, optimizer: Optimizer, field: string, shape?: { epochs: number; batchesPerEpoch: number }): RunSchedule {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InputError(`${field}: expected {type, params, interval}`);
  }
  const { interval = 'epoch', ...spec } = input as Record<string, unknown>;
  if (!INTERVALS.includes(interval as RunSchedule['interval'])) {
    throw new InputError(`${field}.interval: must be "epoch" or "batch", got ${JSON.stringify(interval)}`);
  }
  const every = interval as RunSchedule['interval'];
  const steps = shape && schedulerSteps(every, shape.epochs, shape.batchesPerEpoch);
  return { ...resolveSchedule(spec, { optimizer, steps }, field), interval: every };
}
