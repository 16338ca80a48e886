/** Eigenvalues of the symmetric 2×2 [[xx, xy], [xy, yy]], smallest first. */
export function symmetricEigen(xx: number, xy: number, yy: number): [number, number] {
  const mean = (xx + yy) / 2;
  // hypot keeps the radius exact when the off-diagonal dwarfs the difference (or the reverse).
  const radius = Math.hypot((xx - yy) / 2, xy);
  return [mean - radius, mean + radius];
}

/**
 * The condition number max|λ| / min|λ|: how much faster the steepest direction curves than the
 * flattest. Infinity where some direction is flat.
 */
export function conditionNumber([lo, hi]: readonly [number, number]): number {
  const big = Math.max(Math.abs(lo), Math.abs(hi));
  const small = Math.min(Math.abs(lo), Math.abs(hi));
  return small === 0 ? Infinity : big / small;
}
