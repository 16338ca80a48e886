/**
 * n evenly spaced values from start to end, computed as torch.linspace does: the first half counts up
 * from start and the second half down from end, so both endpoints are exact and the values are
 * symmetric when start = -end (but for the middle point of an odd count, which only comes close to 0).
 */
export function linspace(start: number, end: number, steps: number): Float64Array {
  const out = new Float64Array(steps);
  if (steps === 1) {
    out[0] = start;
    return out;
  }
  const step = (end - start) / (steps - 1);
  const half = Math.floor(steps / 2);
  for (let i = 0; i < steps; i++) out[i] = i < half ? start + i * step : end - (steps - 1 - i) * step;
  return out;
}
