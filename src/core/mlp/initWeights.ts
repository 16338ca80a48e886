import type { Random } from '../random.ts';
import { B1, B2, HIDDEN, PARAM_COUNT, W1, W2 } from './layout.ts';

/**
 * PyTorch's default nn.Linear initialisation: weights and biases uniform in ±1/sqrt(fan_in), so
 * U(-1, 1) for the hidden layer (one input) and U(-1/√20, 1/√20) for the output layer. Drawn in
 * PyTorch's order (hidden weight, hidden bias, output weight, output bias).
 */
export function initWeights(random: Random): Float64Array {
  const theta = new Float64Array(PARAM_COUNT);
  const outer = 1 / Math.sqrt(HIDDEN);
  for (let j = 0; j < HIDDEN; j++) theta[W1 + j] = random.uniform(-1, 1);
  for (let j = 0; j < HIDDEN; j++) theta[B1 + j] = random.uniform(-1, 1);
  for (let j = 0; j < HIDDEN; j++) theta[W2 + j] = random.uniform(-outer, outer);
  theta[B2] = random.uniform(-outer, outer);
  return theta;
}
