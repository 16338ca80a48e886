import type { Optimizer } from '../core/optimizers/Optimizer.ts';
import { resolveSchedule } from '../core/schedules/resolveSchedule.ts';
import type { ScheduleSpec } from '../core/schedules/Schedule.ts';
import { ScheduleError } from '../core/schedules/ScheduleError.ts';
import type { Note } from './Note.ts';
import { NoteError } from './NoteError.ts';

/**
 * A rule's lr schedule after a patch, as a built-in's `optimizers.<id>.schedule` is read: `null`
 * drops it, a `{ type, params }` replaces it, and without one the previous schedule stays, checked
 * again against the rule as it now is (a new text may have lost the momentum a schedule cycles; the
 * note says so and the rule keeps a constant lr). A bad schedule keeps the previous one.
 */
export function mergeRuleSchedule(
  previous: ScheduleSpec | undefined,
  patch: Record<string, unknown>,
  optimizer: Optimizer,
  field: string,
  notes: Note[],
): ScheduleSpec | undefined {
  const read = (input: unknown): ScheduleSpec | undefined => {
    try {
      return resolveSchedule(input, { optimizer }, field);
    } catch (e) {
      if (e instanceof ScheduleError) notes.push({ kind: 'schedule', field: e.field, failure: e.failure });
      else if (e instanceof NoteError) notes.push(e.note);
      else throw e;
      return undefined;
    }
  };
  if (!('schedule' in patch)) return previous && read(previous);
  if (patch.schedule === null) return undefined;
  return read(patch.schedule) ?? (previous && read(previous));
}
