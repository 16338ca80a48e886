import type { ScheduleType, ScheduleValue } from './Schedule.ts';

/**
 * Every argument of a schedule type at PyTorch's default, and required ones at the value the
 * controls start from: a complete, valid params object for a newly chosen schedule.
 */
export function defaultScheduleParams(type: ScheduleType): Record<string, ScheduleValue> {
  const out: Record<string, ScheduleValue> = {};
  for (const p of type.parameters) out[p.name] = p.kind === 'integer' && p.defaultFrom ? out[p.defaultFrom] : p.default;
  return out;
}
