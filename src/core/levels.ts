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
 * Contour thresholds over [lo, hi]. Log spacing puts as many levels on the valley floor as on the
 * walls, which is what a surface spanning orders of magnitude (rosenbrock, goldstein-price) needs:
 * levels are lo + (hi − lo)^s for s evenly spaced in log space, so they crowd near the minimum.
 */
export function contourLevels(lo: number, hi: number, count: number, log: boolean): number[] {
  if (!(hi > lo) || count < 1) return Number.isFinite(lo) ? [lo] : [];
  const out: number[] = [];
  if (log) {
    const span = hi - lo;
    // The floor resolved: a millionth of the span, so the first band is not a single pixel.
    const a = Math.log(span * 1e-6);
    const b = Math.log(span);
    for (let k = 0; k < count; k++) out.push(lo + Math.exp(a + ((b - a) * k) / count));
  } else {
    for (let k = 0; k < count; k++) out.push(lo + ((hi - lo) * (k + 0.5)) / count);
  }
  return out;
}
