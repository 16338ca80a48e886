/**
 * At most `max` indices into `n` samples, evenly spread and always including the first and the
 * last, so a data table stays short enough to read and still ends where the curve ends.
 */
export function sampleRows(n: number, max: number): number[] {
  if (n <= 0 || max <= 0) return [];
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  if (max === 1) return [n - 1];
  return Array.from({ length: max }, (_, i) => Math.round((i * (n - 1)) / (max - 1)));
}
