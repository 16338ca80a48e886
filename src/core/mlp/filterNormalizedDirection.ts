import type { Random } from '../random.ts';
import { B1, B2, HIDDEN, PARAM_COUNT, W1, W2 } from './layout.ts';

function rescale(d: Float64Array, theta: Float64Array, indices: readonly number[]): void {
  let dn = 0;
  let tn = 0;
  for (const i of indices) {
    dn += d[i] * d[i];
    tn += theta[i] * theta[i];
  }
  const factor = dn > 0 ? Math.sqrt(tn / dn) : 0;
  for (const i of indices) d[i] *= factor;
}

/**
 * A random Gaussian direction in weight space, filter-normalised as in Li et al. 2018 ("Visualizing
 * the Loss Landscape of Neural Nets"): for every neuron, the direction's incoming weights and bias
 * are scaled to the norm of that neuron's incoming weights and bias in theta. Without it, a plot's
 * scale would reflect the sizes of the weights rather than the shape of the loss.
 */
export function filterNormalizedDirection(random: Random, theta: Float64Array): Float64Array {
  const d = new Float64Array(PARAM_COUNT);
  for (let i = 0; i < PARAM_COUNT; i++) d[i] = random.normal();
  for (let j = 0; j < HIDDEN; j++) rescale(d, theta, [W1 + j, B1 + j]);
  const output = Array.from({ length: HIDDEN }, (_, j) => W2 + j);
  output.push(B2);
  rescale(d, theta, output);
  return d;
}
