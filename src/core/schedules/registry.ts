import type { ScheduleType } from './Schedule.ts';
import { chainableSchedules } from './chainableSchedules.ts';
import { cyclicLR } from './cyclicLR.ts';
import { oneCycleLR } from './oneCycleLR.ts';
import { reduceLROnPlateau } from './reduceLROnPlateau.ts';
import { sequentialLR } from './sequentialLR.ts';

/** Every schedule type, in menu order: PyTorch's class names. */
export const schedules: readonly ScheduleType[] = [...chainableSchedules, oneCycleLR, cyclicLR, sequentialLR, reduceLROnPlateau];

export const scheduleTypes: readonly string[] = schedules.map((s) => s.type);

const byType = new Map(schedules.map((s) => [s.type, s]));

export function scheduleByType(type: string): ScheduleType | undefined {
  return byType.get(type);
}
