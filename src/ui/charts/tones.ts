/** Lowest and highest pitch in hertz: two octaves, comfortable on laptop speakers. */
export const LOW_HZ = 220;
export const HIGH_HZ = 880;

/**
 * A pitch for each value, higher for higher values: on a log scale while every value is positive
 * (a loss falling over decades then falls by even steps), linear otherwise; NaN (a silent note)
 * where the value is not finite.
 */
export function tones(values: ArrayLike<number>, length: number): Float64Array {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const log = lo > 0;
  const f = (v: number) => (log ? Math.log10(v) : v);
  const [a, b] = [f(lo), f(hi)];
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const v = values[i];
    const t = b > a ? (f(v) - a) / (b - a) : 0.5;
    // Octaves are what the ear hears as even steps, so the position maps to the exponent.
    out[i] = Number.isFinite(v) ? LOW_HZ * (HIGH_HZ / LOW_HZ) ** t : NaN;
  }
  return out;
}
