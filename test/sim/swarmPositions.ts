/** A particle as a test reads it from particles(): enough to judge where it ended. */
export interface SeenParticle {
  readonly optimizer: string;
  readonly x: number;
  readonly y: number;
  readonly status: string;
}

export interface PositionCounts {
  minima: number[];
  diverged: number;
  moving: number;
  elsewhere: number;
}

/**
 * Where each particle of one optimizer ended, judged from two snapshots a step apart (`before`, then
 * `after`, in the same order), with the rule the README states and nothing of the tracker's: within
 * `radius` of the nearest listed minimum and its last step shorter than a tenth of it.
 */
export function countFromPositions(
  minima: readonly { readonly x: number; readonly y: number }[],
  radius: number,
  optimizer: string,
  before: readonly SeenParticle[],
  after: readonly SeenParticle[],
): PositionCounts {
  const out: PositionCounts = { minima: minima.map(() => 0), diverged: 0, moving: 0, elsewhere: 0 };
  after.forEach((p, i) => {
    if (p.optimizer !== optimizer) return;
    if (p.status === 'diverged') {
      out.diverged++;
      return;
    }
    const distances = minima.map((m) => Math.hypot(p.x - m.x, p.y - m.y));
    const nearest = distances.indexOf(Math.min(...distances));
    const settled = Math.hypot(p.x - before[i].x, p.y - before[i].y) <= radius / 10;
    if (settled && distances[nearest] <= radius) out.minima[nearest]++;
    else if (p.status === 'converged') out.elsewhere++;
    else out.moving++;
  });
  return out;
}
