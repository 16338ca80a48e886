import { InputError } from '../InputError.ts';
import type { ScheduleCheck, ScheduleParam } from './Schedule.ts';

/** Why a schedule was refused, as a code and its arguments; values are shown as the English line shows them. */
export type ScheduleFailure =
  | { readonly code: 'notSpec'; readonly got: string }
  | { readonly code: 'unknownField' }
  | { readonly code: 'unknownSchedule'; readonly got: string; readonly allowed: readonly string[] }
  | { readonly code: 'paramsNotObject'; readonly got: string }
  | { readonly code: 'noSuchArgument'; readonly type: string; readonly allowed: readonly string[] }
  | { readonly code: 'required'; readonly type: string; readonly param: ScheduleParam }
  | { readonly code: 'outOfRange'; readonly param: ScheduleParam; readonly got: string }
  /** `message` is the schedule's own English sentence. */
  | { readonly code: 'check'; readonly reason: ScheduleCheck; readonly message: string };

/** A refused schedule: the English line as the message, and the field and failure for other languages. */
export class ScheduleError extends InputError {
  constructor(
    readonly field: string,
    readonly failure: ScheduleFailure,
    text: string,
  ) {
    super(`${field}: ${text}`);
  }
}
