/** The sample positions of one grid axis, as Surface.sampleGrid defines them (both ends included). */
export function gridAxis(range: readonly [number, number], count: number): Float64Array {
  const out = new Float64Array(count);
  const step = count > 1 ? (range[1] - range[0]) / (count - 1) : 0;
  for (let i = 0; i < count; i++) out[i] = range[0] + i * step;
  return out;
}
