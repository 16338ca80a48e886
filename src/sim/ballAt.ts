import type { Track } from './Simulation.ts';
import { DIVERGED } from './status.ts';

/** The optimizer whose first ball is nearest (x, y) within `radius` (world units), if any: what a click on a ball picks. */
export function ballAt(tracks: readonly Track[], x: number, y: number, radius: number): string | null {
  let best: string | null = null;
  let nearest = radius;
  for (const { group } of tracks) {
    if (group.status[0] === DIVERGED) continue;
    const d = Math.hypot(group.pos[0] - x, group.pos[1] - y);
    if (d <= nearest) {
      nearest = d;
      best = group.optimizer.id;
    }
  }
  return best;
}
