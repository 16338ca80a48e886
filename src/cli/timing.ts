export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds of each of `repeats` runs of fn, after `warmup` untimed runs let the JIT settle. */
export function timeRepeated(fn: () => void, { warmup = 2, repeats = 7 } = {}): number[] {
  for (let k = 0; k < warmup; k++) fn();
  const out: number[] = [];
  for (let k = 0; k < repeats; k++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}
