import { z } from 'zod';
import { InputError } from '../InputError.ts';
import type { Optimizer, Params } from '../optimizers/Optimizer.ts';
import { resolveParamsOrThrow } from '../optimizers/resolveOptimizer.ts';
import type { ScheduleSpec } from '../schedules/Schedule.ts';
import { resolveSchedule } from '../schedules/resolveSchedule.ts';
import type { Surface } from '../surfaces/Surface.ts';
import { runScheduledTrace } from '../trace.ts';
import { resolveTraceOptimizer } from './traceOptimizer.ts';
import { resolveTraceSurface } from './traceSurface.ts';
import { parseWith } from './zodError.ts';

/** Longest trajectory a file may ask for: keeps a typo from filling memory. */
export const MAX_TRACE_STEPS = 1_000_000;

const TRACE_FORMAT = 'optimizer-traces/1';
const SCHEDULE_FORMAT = 'schedule-traces/1';

const finite = z.number().refine(Number.isFinite, 'expected a finite number');

const caseSchema = z.looseObject({
  id: z.string().optional(),
  surface: z.string().optional(),
  formula: z.string().optional(),
  optimizer: z.string().optional(),
  rule: z.string().optional(),
  params: z.record(z.string(), z.unknown()).default({}),
  schedule: z.unknown().optional(),
  start: z.tuple([finite, finite], { error: 'expected [x, y], two finite numbers' }),
  steps: z.number().int('expected an integer').min(0).max(MAX_TRACE_STEPS),
});

const documentSchema = z.looseObject({
  format: z.enum([TRACE_FORMAT, SCHEDULE_FORMAT], { error: `expected "${TRACE_FORMAT}" or "${SCHEDULE_FORMAT}"` }),
  cases: z.array(caseSchema),
});

export interface TraceRequest {
  surface: Surface;
  optimizer: Optimizer;
  params: Params;
  schedule: ScheduleSpec | null;
  start: [number, number];
  steps: number;
}

/**
 * Computes every case of an `optimizer-traces/1` or `schedule-traces/1` document and returns it with
 * each case's trajectory (and, for schedules, its lr and, where the schedule cycles it, momentum)
 * filled in; whatever results the input carried are ignored. A case names its `surface` or types
 * its own in `formula`, and names its `optimizer` or writes its own update `rule`. Every case of a schedule file has a
 * schedule, no case of an optimizer file has one. Everything is validated before any trajectory is
 * computed, so a bad last case fails fast.
 */
export function fillTraces(json: unknown): Record<string, unknown> {
  const doc = parseWith(documentSchema, json, 'cases file');
  const scheduled = doc.format === SCHEDULE_FORMAT;
  const requests: TraceRequest[] = doc.cases.map((c, i) => {
    const field = `cases[${i}]`;
    const optimizer = resolveTraceOptimizer(c.optimizer, c.rule, { optimizer: `${field}.optimizer`, rule: `${field}.rule` });
    if (scheduled !== (c.schedule !== undefined)) {
      throw new InputError(
        scheduled ? `${field}.schedule: every case of a "${SCHEDULE_FORMAT}" file needs one` : `${field}.schedule: a schedule needs the "${SCHEDULE_FORMAT}" format`,
      );
    }
    return {
      surface: resolveTraceSurface(c.surface, c.formula, { surface: `${field}.surface`, formula: `${field}.formula` }),
      optimizer,
      params: resolveParamsOrThrow(optimizer, c.params, `${field}.params`),
      schedule: scheduled ? resolveSchedule(c.schedule, { optimizer, steps: c.steps }, `${field}.schedule`) : null,
      start: [c.start[0], c.start[1]],
      steps: c.steps,
    };
  });
  const cases = doc.cases.map(({ trajectory: _t, lr: _l, momentum: _m, ...c }, i) => {
    const r = requests[i];
    const { trajectory, lr, momentum } = runScheduledTrace(r.surface, r.optimizer, r.params, r.schedule, r.start, r.steps);
    if (!scheduled) return { ...c, trajectory };
    return { ...c, schedule: r.schedule, lr, ...(momentum ? { momentum } : {}), trajectory };
  });
  return { ...doc, cases };
}
