import type { Random } from '../core/random.ts';
import type { View } from '../core/surfaces/Surface.ts';

/** How a swarm's starts are laid out: the state's `layout`. */
export type LayoutName = 'cloud' | 'grid' | 'brush';
export const LAYOUT_NAMES: readonly LayoutName[] = ['cloud', 'grid', 'brush'];
/** The most starts a brush stroke paints: what a link can carry comfortably. */
export const MAX_BRUSH_POINTS = 500;

export type Layout =
  /** A normal cloud of standard deviation `spread` around `start`; particle 0 sits on the start itself. */
  | { readonly kind: 'cloud'; readonly start: readonly [number, number]; readonly spread: number; readonly random: Random }
  /** Evenly spaced over the whole view, row by row from the top-left, each point at the centre of its cell. */
  | { readonly kind: 'grid'; readonly view: View }
  /** Painted points (xy pairs) taken in turn; with none painted, every particle starts at `start`. */
  | { readonly kind: 'brush'; readonly points: ArrayLike<number>; readonly start: readonly [number, number] };

/**
 * Columns of a grid of n points over a w × h view: cells as close to square as whole numbers allow.
 * The rows above the last are full; the last row spreads what is left evenly across its width.
 */
export function gridColumns(n: number, w: number, h: number): number {
  return Math.min(n, Math.max(1, Math.round(Math.sqrt((n * w) / h))));
}

/** Fills out[2p], out[2p + 1] with the start of each of the out.length / 2 particles. */
export function layoutStarts(layout: Layout, out: Float64Array): Float64Array {
  const n = out.length >> 1;
  if (layout.kind === 'cloud') {
    const { start, spread, random } = layout;
    for (let p = 0; p < n; p++) {
      // The first particle sits exactly at the start, so one ball per optimizer is the classic race.
      const jitter = p === 0 ? 0 : spread;
      out[2 * p] = start[0] + jitter * random.normal();
      out[2 * p + 1] = start[1] + jitter * random.normal();
    }
  } else if (layout.kind === 'grid') {
    const [x0, x1] = layout.view.x;
    const [y0, y1] = layout.view.y;
    const cols = gridColumns(n, x1 - x0, y1 - y0);
    const rows = Math.ceil(n / cols);
    for (let p = 0; p < n; p++) {
      const j = Math.floor(p / cols);
      const inRow = j < rows - 1 ? cols : n - (rows - 1) * cols;
      const i = p - j * cols;
      out[2 * p] = x0 + ((i + 0.5) * (x1 - x0)) / inRow;
      out[2 * p + 1] = y1 - ((j + 0.5) * (y1 - y0)) / rows;
    }
  } else {
    const { points, start } = layout;
    const m = points.length >> 1;
    for (let p = 0; p < n; p++) {
      const k = m > 0 ? 2 * (p % m) : -1;
      out[2 * p] = k < 0 ? start[0] : points[k];
      out[2 * p + 1] = k < 0 ? start[1] : points[k + 1];
    }
  }
  return out;
}
