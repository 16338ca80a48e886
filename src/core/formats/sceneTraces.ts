import type { ScheduleSpec } from '../schedules/Schedule.ts';
import type { Surface } from '../surfaces/Surface.ts';
import { runScheduledTrace } from '../trace.ts';
import type { TorchRun } from './pytorchScene.ts';

/** Where a case's surface comes from, as the trace formats name it: a surface id, or a typed f(x, y). */
export type TraceSurfaceField = { surface: string } | { formula: string };

export interface TraceCase {
  id: string;
  surface?: string;
  formula?: string;
  optimizer: string;
  params: Record<string, unknown>;
  schedule?: ScheduleSpec;
  start: [number, number];
  steps: number;
  trajectory: number[][];
}

export interface TraceDocument {
  format: 'optimizer-traces/1' | 'schedule-traces/1';
  /** What the file does not reproduce, when something (gradient noise) is left out. */
  note?: string;
  cases: TraceCase[];
}

/** A constant lr as a schedule: lr · 1^k is exactly lr, so a schedule file can carry an unscheduled run unchanged. */
export const CONSTANT_SCHEDULE: ScheduleSpec = { type: 'ExponentialLR', params: { gamma: 1 } };

/**
 * Every particle of every run as a case of the CLI's trace formats, trajectory filled in by the same
 * step loop `slopes trace --cases` runs. Without any schedule the file is `optimizer-traces/1`; with
 * one it must be `schedule-traces/1`, where every case needs one, so an unscheduled run takes
 * CONSTANT_SCHEDULE. Case ids are `<optimizer>/<particle>`.
 */
export function sceneTraces(
  surface: Surface,
  where: TraceSurfaceField,
  runs: readonly TorchRun[],
  starts: readonly (readonly [number, number])[],
  steps: number,
  note?: string,
): TraceDocument {
  const scheduled = runs.some((r) => r.schedule);
  const cases = runs.flatMap((run) => {
    const schedule = scheduled ? (run.schedule ?? CONSTANT_SCHEDULE) : null;
    return starts.map((start, p): TraceCase => {
      const { trajectory } = runScheduledTrace(surface, run.optimizer, run.params, schedule, start, steps);
      return {
        id: `${run.optimizer.id}/${p}`,
        ...where,
        optimizer: run.optimizer.id,
        params: { ...run.params },
        ...(schedule ? { schedule } : {}),
        start: [start[0], start[1]],
        steps,
        trajectory,
      };
    });
  });
  return { format: scheduled ? 'schedule-traces/1' : 'optimizer-traces/1', ...(note ? { note } : {}), cases };
}
