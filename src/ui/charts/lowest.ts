/** Index of the smallest finite value, -1 when there is none (every run diverged, or none has a value yet). */
export function lowest(values: readonly number[]): number {
  let best = -1;
  for (let k = 0; k < values.length; k++) if (Number.isFinite(values[k]) && (best < 0 || values[k] < values[best])) best = k;
  return best;
}
