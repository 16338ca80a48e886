/**
 * Whether contour levels should be log-spaced for these sampled values: when the median lies within
 * 15% of the range above the lowest value, most of the map is floor and evenly spaced levels would
 * leave it one flat band (rosenbrock, beale, goldstein-price); bowls, saddles and ripples fill their
 * range evenly enough for linear levels. Non-finite samples are ignored.
 */
export function prefersLogLevels(values: Float64Array): boolean {
  const finite = values.filter(Number.isFinite).sort();
  if (finite.length < 2) return false;
  const lo = finite[0];
  const hi = finite[finite.length - 1];
  const median = finite[finite.length >> 1];
  return hi > lo && median - lo < 0.15 * (hi - lo);
}
