import type { Words } from '../i18n/words.ts';
import type { SwarmCounts } from '../sim/swarmSummary.ts';

/** A coordinate as a student reads it off the map: three significant digits, a true minus sign. */
const coordinate = (v: number) => String(Number(v.toPrecision(3))).replace('-', '−');

/** A listed point as the swarm lines and the basin maps name it: "(−2.81, 3.13)". */
export const pointName = (m: { readonly x: number; readonly y: number }) => `(${coordinate(m.x)}, ${coordinate(m.y)})`;

/**
 * A swarm's line under its legend row: "(3, 2): 241 · (−2.81, 3.13): 116 · diverged 0 · moving 3 ·
 * median 57 steps to arrive". Balls stopped at a point the surface does not list are named only when
 * there are some.
 */
export function swarmLine(s: SwarmCounts, words: Words): string {
  const w = words.shell.swarm;
  const parts = s.minima.map((m) => w.atMinimum(pointName(m), m.count));
  parts.push(w.diverged(s.diverged), w.moving(s.moving));
  if (s.elsewhere) parts.push(w.elsewhere(s.elsewhere));
  parts.push(s.medianSteps === null ? w.noneArrived : w.median(s.medianSteps));
  return parts.join(w.separator);
}
