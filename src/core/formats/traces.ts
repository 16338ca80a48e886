import { z } from 'zod';
import type { Optimizer, Params } from '../optimizers/Optimizer.ts';
import { resolveOptimizer, resolveParamsOrThrow } from '../optimizers/resolveOptimizer.ts';
import { resolveSurface } from '../resolveSurface.ts';
import type { Surface } from '../surfaces/Surface.ts';
import { runTrace } from '../trace.ts';
import { parseWith } from './zodError.ts';

/** Longest trajectory a file may ask for: keeps a typo from filling memory. */
export const MAX_TRACE_STEPS = 1_000_000;

const finite = z.number().refine(Number.isFinite, 'expected a finite number');

const caseSchema = z.looseObject({
  id: z.string().optional(),
  surface: z.string(),
  optimizer: z.string(),
  params: z.record(z.string(), z.unknown()).default({}),
  start: z.tuple([finite, finite], { error: 'expected [x, y], two finite numbers' }),
  steps: z.number().int('expected an integer').min(0).max(MAX_TRACE_STEPS),
});

const documentSchema = z.looseObject({
  format: z.literal('optimizer-traces/1', { error: 'expected "optimizer-traces/1"' }),
  cases: z.array(caseSchema),
});

export interface TraceRequest {
  surface: Surface;
  optimizer: Optimizer;
  params: Params;
  start: [number, number];
  steps: number;
}

/**
 * Computes every case of an `optimizer-traces/1` document and returns it with trajectories filled
 * in; whatever trajectories the input carried are ignored. Everything is validated before any
 * trajectory is computed, so a bad last case fails fast.
 */
export function fillTraces(json: unknown): Record<string, unknown> {
  const doc = parseWith(documentSchema, json, 'cases file');
  const requests: TraceRequest[] = doc.cases.map((c, i) => {
    const optimizer = resolveOptimizer(c.optimizer, `cases[${i}].optimizer`);
    return {
      surface: resolveSurface(c.surface, `cases[${i}].surface`),
      optimizer,
      params: resolveParamsOrThrow(optimizer, c.params, `cases[${i}].params`),
      start: [c.start[0], c.start[1]],
      steps: c.steps,
    };
  });
  const cases = doc.cases.map((c, i) => {
    const r = requests[i];
    return { ...c, trajectory: runTrace(r.surface, r.optimizer, r.params, r.start, r.steps) };
  });
  return { ...doc, cases };
}
