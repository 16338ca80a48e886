import type { Params } from '../core/optimizers/Optimizer.ts';
import type { Track } from './Simulation.ts';
import type { StepRecord } from './StepHistory.ts';
import { updateLines, type UpdateLine } from './updateLines.ts';

/** One update of an optimizer's first ball, as the update panel shows it and the controller returns it. */
export interface StepUpdate {
  optimizer: string;
  /** The update shown, and the range the history holds (0, 0 before the first update). */
  step: number;
  firstStep: number;
  lastStep: number;
  record: StepRecord;
  /** The rule's lines with this update's values; null for a rule from the rule editor. */
  lines: UpdateLine[] | null;
}

/** Update `step` (the latest by default) of a track's first ball; null before its first update or outside the history. */
export function stepUpdate(track: Track, params: Params, step?: number): StepUpdate | null {
  const { steps, group } = track;
  const record = steps.at(step ?? steps.lastStep);
  if (!record) return null;
  return {
    optimizer: group.optimizer.id,
    step: record.step,
    firstStep: steps.firstStep,
    lastStep: steps.lastStep,
    record,
    lines: updateLines(group.optimizer.id, params, record),
  };
}
