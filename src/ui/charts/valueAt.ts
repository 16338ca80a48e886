/**
 * The value recorded at the largest x not beyond `x` (xs ascending, the first `length` of them),
 * so a curve sampled at other steps than the table's rows reads as the chart draws it; NaN before
 * its first point.
 */
export function valueAt(xs: ArrayLike<number>, values: ArrayLike<number>, length: number, x: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? NaN : values[lo - 1];
}
