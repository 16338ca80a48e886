/** [first, count] pairs of at most `chunk` items covering 0 … total − 1 in order: how a pool job is cut into tasks. */
export function spans(total: number, chunk: number): [number, number][] {
  const out: [number, number][] = [];
  for (let first = 0; first < total; first += chunk) out.push([first, Math.min(chunk, total - first)]);
  return out;
}
