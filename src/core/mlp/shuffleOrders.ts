import type { Random } from '../random.ts';

/** Fisher–Yates shuffle of 0..n-1 into `out`. */
export function shuffleOrder(random: Random, out: Int32Array): Int32Array {
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  return out;
}

/** One fresh permutation of the n data points per epoch, as a DataLoader with shuffle=True draws them. */
export function shuffleOrders(random: Random, n: number, epochs: number): Int32Array[] {
  const orders: Int32Array[] = [];
  for (let e = 0; e < epochs; e++) orders.push(shuffleOrder(random, new Int32Array(n)));
  return orders;
}
