import type { Optimizer, Params } from '../../src/core/optimizers/Optimizer.ts';
import type { Surface, View } from '../../src/core/surfaces/Surface.ts';
import { runTrace } from '../../src/core/trace.ts';
import { hasConverged } from '../../src/sim/status.ts';

/**
 * Where one ball from (x, y) ends, worked out from its trajectory alone, as the README states the
 * rule: [basin, steps]. Written apart from BasinsTracker so the two can disagree.
 */
export function singleBallBasin(surface: Surface, optimizer: Optimizer, params: Params, view: View, start: [number, number], steps: number): [number, number] {
  const path = runTrace(surface, optimizer, params, start, steps);
  const g = new Float64Array(2);
  const finite = (k: number) => {
    const [x, y, f] = path[k];
    surface.gradient(x, y, g, 0);
    return Number.isFinite(x + y + f + g[0] + g[1]);
  };
  for (let k = 0; k <= steps; k++) if (!finite(k)) return [-1, k];
  const r = 0.01 * Math.hypot(view.x[1] - view.x[0], view.y[1] - view.y[0]);
  const at = (k: number): number => {
    const moved = k === 0 ? 0 : Math.hypot(path[k][0] - path[k - 1][0], path[k][1] - path[k - 1][1]);
    if (moved > r / 10) return -1;
    let best = -1;
    let bestD = Infinity;
    surface.minima.forEach((m, i) => {
      const d = Math.hypot(path[k][0] - m.x, path[k][1] - m.y);
      if (d <= r && d < bestD) [best, bestD] = [i, d];
    });
    return best;
  };
  const last = at(steps);
  if (last >= 0) {
    let k = steps;
    while (k > 0 && at(k - 1) === last) k--;
    return [last, k];
  }
  const [x, y] = path[steps];
  const moved = steps === 0 ? Infinity : Math.hypot(x - path[steps - 1][0], y - path[steps - 1][1]);
  surface.gradient(x, y, g, 0);
  return [hasConverged(moved, Math.hypot(g[0], g[1]), Math.abs(x) + Math.abs(y)) ? -3 : -2, steps];
}
