import type { CurveScheduleType } from './Schedule.ts';
import { cosineAnnealingLR } from './cosineAnnealingLR.ts';
import { cosineAnnealingWarmRestarts } from './cosineAnnealingWarmRestarts.ts';
import { exponentialLR } from './exponentialLR.ts';
import { linearLR } from './linearLR.ts';
import { multiStepLR } from './multiStepLR.ts';
import { polynomialLR } from './polynomialLR.ts';
import { stepLR } from './stepLR.ts';

/** The schedules SequentialLR may chain: functions of k that start again from the optimizer's lr. */
export const chainableSchedules: readonly CurveScheduleType[] = [
  stepLR,
  multiStepLR,
  exponentialLR,
  cosineAnnealingLR,
  linearLR,
  polynomialLR,
  cosineAnnealingWarmRestarts,
];
