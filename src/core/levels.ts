/** Smallest and largest finite value of a grid; NaN, NaN when it has none. */
export function finiteExtent(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [NaN, NaN];
}

/**
 * The value `q` of the way up the finite samples, measured from `lo` (f − lo at that quantile). A
 * zoomed-in view of a wall has no valley floor in it: log levels must start where the values start.
 */
export function lowQuantile(values: ArrayLike<number>, lo: number, q: number): number {
  const finite: number[] = [];
  for (let k = 0; k < values.length; k++) if (Number.isFinite(values[k])) finite.push(values[k] - lo);
  if (finite.length === 0) return 0;
  finite.sort((a, b) => a - b);
  return finite[Math.min(finite.length - 1, Math.floor(q * finite.length))];
}

/**
 * The height above lo where log-spaced levels begin: the floor asked for, but at least a millionth of
 * the span, so the first band is not a single pixel, and at most one level's share of it, so the
 * levels never bunch at the top.
 */
export function logFloor(span: number, floor: number, count: number): number {
  return Math.min(Math.max(span * 1e-6, floor), span / count);
}

/**
 * Contour thresholds over [lo, hi]. Log spacing puts as many levels on the valley floor as on the
 * walls, which is what a surface spanning orders of magnitude (rosenbrock, goldstein-price) needs:
 * levels are lo + (hi − lo)^s for s evenly spaced in log space, so they crowd near the minimum.
 * `floor` (a height above lo) is where the first level goes when it is above a millionth of the span.
 */
export function contourLevels(lo: number, hi: number, count: number, log: boolean, floor = 0): number[] {
  if (!(hi > lo) || count < 1) return Number.isFinite(lo) ? [lo] : [];
  const out: number[] = [];
  if (log) {
    const span = hi - lo;
    const a = Math.log(logFloor(span, floor, count));
    const b = Math.log(span);
    for (let k = 0; k < count; k++) out.push(lo + Math.exp(a + ((b - a) * k) / count));
  } else {
    for (let k = 0; k < count; k++) out.push(lo + ((hi - lo) * (k + 0.5)) / count);
  }
  return out;
}
