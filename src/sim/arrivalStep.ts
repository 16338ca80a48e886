import type { Minimum, View } from '../core/surfaces/Surface.ts';
import { reachRadius, SLOW_FRACTION } from './basinsTracker.ts';
import type { PathHistory } from './PathHistory.ts';

/**
 * The first step at which a recorded path arrived at a listed minimum (not a saddle), by the rule
 * the swarms count with (basinsTracker.ts): within the reach radius of it, with an update shorter
 * than a tenth of that radius. null if it has not arrived in the steps the path holds.
 */
export function arrivalStep(path: PathHistory, minima: readonly Minimum[], view: View): number | null {
  const r = reachRadius(view);
  const slow2 = (SLOW_FRACTION * r) ** 2;
  const targets = minima.filter((m) => m.kind !== 'saddle');
  const xy = new Float64Array(4);
  if (path.length > 0) path.readXY(0, xy, 2);
  for (let k = 1; k < path.length; k++) {
    xy[0] = xy[2];
    xy[1] = xy[3];
    path.readXY(k, xy, 2);
    const ux = xy[2] - xy[0];
    const uy = xy[3] - xy[1];
    if (ux * ux + uy * uy > slow2) continue;
    if (targets.some((m) => Math.hypot(xy[2] - m.x, xy[3] - m.y) <= r)) return path.firstStep + k;
  }
  return null;
}
