import type { ScheduleSpec } from './Schedule.ts';

/**
 * How many scheduler steps a schedule is defined for in a run that may go on longer: OneCycleLR
 * covers total_steps steps only (PyTorch raises past them), so such a run keeps the lr (and
 * momentum) of step total_steps − 1 from then on; every other schedule runs on.
 */
export function scheduleEnd(schedule: ScheduleSpec): number {
  return schedule.type === 'OneCycleLR' ? (schedule.params.total_steps as number) - 1 : Infinity;
}
