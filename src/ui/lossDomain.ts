import { DIVERGED } from '../sim/status.ts';

/** What the step chart needs of a track: the ball's status and its loss history. */
export interface LossSeries {
  readonly group: { readonly status: ArrayLike<number> };
  readonly history: { readonly length: number; readonly losses: ArrayLike<number>; readonly steps: ArrayLike<number> };
}

export interface LossDomain {
  maxStep: number;
  lo: number;
  hi: number;
  /** Every loss shown is positive, so a log scale fits. */
  positive: boolean;
}

/**
 * A loss more than this many times the largest starting loss is a runaway: it is drawn (clipped)
 * but never widens the axis, or one exploding ball would flatten every other curve.
 */
const RUNAWAY = 1e4;

/**
 * The step chart's axes: steps from 0 to the longest history, losses over the balls still in the
 * race. A diverged ball, non-finite values and runaways are left out, so none of them stretches
 * the axis; with nothing left the range is [1e-3, 1].
 */
export function lossDomain(series: readonly LossSeries[]): LossDomain {
  let maxStep = 1;
  let lo = Infinity;
  let hi = -Infinity;
  let startMax = -Infinity;
  for (const { history } of series) if (history.length && Number.isFinite(history.losses[0])) startMax = Math.max(startMax, Math.abs(history.losses[0]));
  const ceiling = Number.isFinite(startMax) ? RUNAWAY * Math.max(1, startMax) : Infinity;
  for (const { group, history } of series) {
    if (history.length) maxStep = Math.max(maxStep, history.steps[history.length - 1]);
    if (group.status[0] === DIVERGED) continue;
    for (let k = 0; k < history.length; k++) {
      const v = history.losses[k];
      if (!Number.isFinite(v) || Math.abs(v) > ceiling) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  const positive = lo > 0;
  if (!(hi >= lo)) [lo, hi] = [1e-3, 1];
  if (hi === lo) hi = lo + (Math.abs(lo) || 1);
  return { maxStep, lo, hi, positive };
}

/** Step ticks: whole numbers only, so a short run is never labelled 0.5, 1.5, … */
export function stepTicks(ticks: readonly number[]): number[] {
  return ticks.filter(Number.isInteger);
}
