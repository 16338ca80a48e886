/** What the lr strip needs of a track: the lr each recorded step used (null: a constant lr, not drawn). */
export interface LrSeries {
  readonly lr: { readonly length: number; readonly losses: ArrayLike<number> } | null;
}

export interface LrDomain {
  lo: number;
  hi: number;
  /** The values span a decade or more, every one positive: a log scale shows the fall. */
  log: boolean;
}

/**
 * The lr strip's axis over the scheduled tracks: log when the lr spans a decade or more and never
 * reaches 0 (OneCycleLR falls by 10⁵), otherwise linear from 0, so a cosine to 0 is drawn to the floor.
 * Null when no track has a schedule.
 */
export function scheduleDomain(series: readonly LrSeries[]): LrDomain | null {
  let lo = Infinity;
  let hi = -Infinity;
  let any = false;
  for (const { lr } of series) {
    if (!lr) continue;
    any = true;
    for (let k = 0; k < lr.length; k++) {
      const v = lr.losses[k];
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!any) return null;
  if (!(hi >= lo)) return { lo: 0, hi: 1, log: false };
  if (lo > 0 && hi / lo >= 10) return { lo, hi, log: true };
  return { lo: 0, hi: hi > 0 ? hi : 1, log: false };
}
