import type { Words } from '../../i18n/words.ts';
import { DIVERGED, REACHED, type HypermapCells } from '../../sim/hypermap.ts';
import type { Axis } from '../../sim/hypermapAxes.ts';
import type { HypermapRequest } from '../../sim/hypermapTask.ts';
import { cellValues } from './drawHypermap.ts';

/**
 * What a hyperparameter map's cell says when pointed at: its two settings, and, once computed, its
 * outcome — a ball's steps to the tolerance (or where it stopped short, or diverged), a training's final loss.
 */
export function hypermapReadout(
  w: Words['explore'],
  r: { readonly target: HypermapRequest['target']; readonly x: Axis; readonly y: Axis },
  cells: HypermapCells,
  filled: boolean,
  c: number,
  format: (v: number) => string,
): string {
  const [vx, vy] = cellValues(r.x, r.y, c);
  const xs = `${r.x.key} = ${format(vx)}`;
  const ys = `${r.y.key} = ${format(vy)}`;
  const { outcome, steps, loss } = cells;
  if (!filled) return `${xs}, ${ys}`;
  if (outcome[c] === DIVERGED) return w.cellDiverged(xs, ys, steps[c]);
  if (r.target === 'network') return w.cellLoss(xs, ys, format(loss[c]));
  return outcome[c] === REACHED ? w.cellReached(xs, ys, steps[c]) : w.cellNotReached(xs, ys, steps[c], format(loss[c]));
}
